package cn.ggw.files;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** What an upload is for, which decides the kinds accepted. */
@Schema(name = "FilePurpose", description = "IMAGE: JPEG or PNG; DOCUMENT: PDF, DOCX or XLSX; ANY: any of these")
public enum FilePurpose {
    IMAGE(FileKind.IMAGES),
    DOCUMENT(FileKind.DOCUMENTS),
    ANY(FileKind.ANY);

    private final Set<FileKind> kinds;

    FilePurpose(Set<FileKind> kinds) {
        this.kinds = kinds;
    }

    public Set<FileKind> kinds() {
        return kinds;
    }
}
