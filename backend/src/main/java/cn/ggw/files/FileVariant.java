package cn.ggw.files;

/** The bytes kept for a file: the file itself, and for images a small JPEG for lists on phones. */
public enum FileVariant {
    ORIGINAL,
    THUMBNAIL
}
