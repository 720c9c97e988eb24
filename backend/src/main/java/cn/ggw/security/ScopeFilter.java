package cn.ggw.security;

/**
 * The Hibernate filter that limits every query and every load by id of a scoped entity to the
 * caller's subtree. It is declared on {@code OrgUnit} and applied with {@code @Filter(name = ScopeFilter.NAME)}
 * on each entity that carries an {@code org_path} column (a test walks the metamodel to prove it).
 */
public final class ScopeFilter {

    public static final String NAME = "scope";
    public static final String PARAM = "scopePath";
    /**
     * The path and its descendants as a range in byte order (every org_path is {@code collate "C"}): "1.12" ≤ p &lt;
     * "1.12/" holds "1.12" and "1.12.7" but not "1.123" ('/' lies between '.' and the digits). A range, unlike a LIKE
     * with a bound pattern, reads the path index in a generic plan too (see {@link Subtree#end()}).
     */
    public static final String CONDITION = "(org_path >= :scopePath and org_path < (:scopePath || '/'))";
    /** A path no row can have: used when there is no caller or the caller has no unit. */
    public static final String DENY_ALL = "!deny-all";

    private ScopeFilter() {
    }

    public static boolean covers(String scopePath, String orgPath) {
        return scopePath != null && orgPath != null
                && (orgPath.equals(scopePath) || orgPath.startsWith(scopePath + "."));
    }
}
