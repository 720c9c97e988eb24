package cn.ggw.security;

import cn.ggw.common.LikePatterns;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subtree condition ("this unit and everything below it") for statements the scope filter does not
 * reach: native SQL, JDBC, and JPQL that names a path other than the caller's. One place writes the
 * fragment and binds its parameters, with the path checked once — never a path condition typed again by hand.
 * <pre>
 *   Subtree t = Subtree.of(unit.orgPath());
 *   em.createNativeQuery("select count(*) from volunteer where " + t.sql("org_path", 1)) … t.bind(query, 1)
 *   connection.prepareStatement("… where " + t.jdbc("v.org_path")) … t.bind(statement, 1)
 *   em.createQuery("… where " + t.jpql("v.orgPath", "scope")) … t.bind(query, "scope")
 * </pre>
 */
public record Subtree(String path) {

    /** Materialised paths are unit ids joined by dots: "1", "1.5.77". */
    private static final Pattern PATH = Pattern.compile("\\d{1,19}(\\.\\d{1,19}){0,30}");

    public Subtree {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a unit path: " + path);
        }
    }

    /** {@link #jpql} for the aliases the repositories use, with the parameter name "path" (bind "path" and "pathEnd": {@link #end()}). */
    public static final String JPQL_a = "(a.orgPath >= :path and a.orgPath < :pathEnd)";
    public static final String JPQL_c = "(c.orgPath >= :path and c.orgPath < :pathEnd)";
    public static final String JPQL_j = "(j.orgPath >= :path and j.orgPath < :pathEnd)";
    public static final String JPQL_u = "(u.orgPath >= :path and u.orgPath < :pathEnd)";
    public static final String JPQL_v = "(v.orgPath >= :path and v.orgPath < :pathEnd)";

    public static Subtree of(String path) {
        return new Subtree(path);
    }

    /** The LIKE pattern of the strict descendants (the '.%' form: "1.12%" would also match "1.123"). */
    public String descendantsPattern() {
        return LikePatterns.escape(path) + ".%";
    }

    /**
     * The upper bound of the subtree's paths: the unit's path and its descendants' ("1.5", "1.5.77") are exactly the
     * paths p with {@code path <= p < path + "/"} in byte order — '/' follows '.' and precedes the digits, so "1.50"
     * lies above. Every org_path column is {@code collate "C"} (byte order), so the range reads the path index as a
     * range even in a generic plan, where a LIKE with a bound pattern cannot use it: PostgreSQL switches a prepared
     * statement to a generic plan after five executions, and a subtree read then scanned whole tables.
     */
    public String end() {
        return path + "/";
    }

    /** Whether a row's path lies in this subtree (the same rule in Java). */
    public boolean covers(String orgPath) {
        return ScopeFilter.covers(path, orgPath);
    }

    // ---- native SQL through JPA (positional ?1, ?2 …) ----------------------------------------

    /** {@code (col >= ?n and col < ?n+1)}: bind with {@link #bind(Query, int)} at the same n. See {@link #end()}. */
    public String sql(String column, int firstParameter) {
        return "(" + column + " >= ?" + firstParameter + " and " + column + " < ?" + (firstParameter + 1) + ")";
    }

    public <Q extends Query> Q bind(Q query, int firstParameter) {
        query.setParameter(firstParameter, path);
        query.setParameter(firstParameter + 1, end());
        return query;
    }

    /**
     * Runs native SQL whose {@code %s} is this subtree's condition on {@code column} (as ?1 and ?2), with
     * {@code parameters} bound from ?3 on: the one way the figure sources read their rows.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em, String sql, String column, Object... parameters) {
        Query query = bind(em.createNativeQuery(sql.formatted(sql(column, 1))), 1);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(3 + i, parameters[i]);
        }
        return query.getResultList();
    }

    // ---- JDBC (anonymous ?) ------------------------------------------------------------------

    /** {@code (col >= ? and col < ?)}: bind with {@link #bind(PreparedStatement, int)} at its first '?'. */
    public String jdbc(String column) {
        return "(" + column + " >= ? and " + column + " < ?)";
    }

    /** Binds the two parameters from this index on; returns the index after them. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        statement.setString(index, path);
        statement.setString(index + 1, end());
        return index + 2;
    }

    // ---- JPQL / HQL (named parameters) ---------------------------------------------------------

    /** {@code (attr >= :name and attr < :nameEnd)}: bind with {@link #bind(Query, String)}. */
    public String jpql(String attribute, String name) {
        return "(" + attribute + " >= :" + name + " and " + attribute + " < :" + name + "End)";
    }

    public <Q extends Query> Q bind(Q query, String name) {
        query.setParameter(name, path);
        query.setParameter(name + "End", end());
        return query;
    }
}
