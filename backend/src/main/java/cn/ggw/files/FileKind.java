package cn.ggw.files;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the platform keeps, always read from the content ({@link FileSniffer}), never from the name. */
@Schema(name = "FileKind", description = "What the file is, read from its content: JPEG/PNG photos, PDF, Word (DOCX) or Excel (XLSX)")
public enum FileKind {

    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** Photos and pictures. */
    public static final Set<FileKind> IMAGES = Collections.unmodifiableSet(EnumSet.of(JPEG, PNG));
    /** Attachments: PDF, Word and Excel. */
    public static final Set<FileKind> DOCUMENTS = Collections.unmodifiableSet(EnumSet.of(PDF, DOCX, XLSX));
    /** Everything the store accepts. */
    public static final Set<FileKind> ANY = Collections.unmodifiableSet(EnumSet.allOf(FileKind.class));

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot ("jpg"). */
    public String extension() {
        return extensions.get(0);
    }

    public boolean isImage() {
        return IMAGES.contains(this);
    }

    /** The kind a file name's extension claims, if it names one of ours ("photo.JPG" → JPEG). */
    public static Optional<FileKind> claimedBy(String fileName) {
        String ext = extensionOf(fileName);
        if (ext == null) {
            return Optional.empty();
        }
        for (FileKind kind : values()) {
            if (kind.extensions.contains(ext)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The lower-case extension of a name, without the dot; null when it has none. */
    public static String extensionOf(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return null;
        }
        return fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
