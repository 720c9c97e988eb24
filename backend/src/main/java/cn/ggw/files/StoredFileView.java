package cn.ggw.files;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A stored file as the API shows it. The bytes are at {@code /api/v1/files/{id}}; an image's small JPEG
 * for lists at {@code /api/v1/files/{id}/thumbnail}.
 */
@Schema(name = "StoredFile", description = "A stored file. Download: GET /api/v1/files/{id}; images also GET /api/v1/files/{id}/thumbnail (JPEG, at most 480 px)")
public record StoredFileView(
        @Schema(examples = "1201") long id,
        @Schema(description = "The file name as uploaded (without any folder)", examples = "例会照片.jpg") String name,
        @Schema(description = "The media type read from the content", examples = "image/jpeg") String mediaType,
        FileKind kind,
        @Schema(description = "Bytes, after location and other metadata were removed from photos", examples = "845213") long size,
        @Schema(description = "Images only: width in pixels", examples = "2000", nullable = true) Integer widthPx,
        @Schema(description = "Images only: height in pixels", examples = "1500", nullable = true) Integer heightPx,
        Instant createdAt,
        @Schema(examples = "village.staff") String createdBy) {

    static StoredFileView of(StoredFile f) {
        return new StoredFileView(f.id, f.name, f.mediaType, f.kind, f.size, f.widthPx, f.heightPx, f.createdAt, f.createdBy);
    }
}
