package cn.ggw.files;

/**
 * The record a stored file belongs to, named by the feature that owns it:
 * {@code new FileOwner("rule-evidence", 12)}, {@code new FileOwner("exemplar", 7)}.
 */
public record FileOwner(String type, long id) {

    public FileOwner {
        if (type == null || !type.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("an owner type is lower-case letters, digits and dashes, at most 40: " + type);
        }
    }
}
