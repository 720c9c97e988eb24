package cn.ggw.files;

import java.util.Set;

/**
 * What an upload is for, which decides the kinds accepted. Not a schema of the contract: the upload form declares
 * {@code purpose} as a string with these values (a named schema nothing referenced was an unused component).
 */
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
