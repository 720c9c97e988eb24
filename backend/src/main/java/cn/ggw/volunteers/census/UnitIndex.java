package cn.ggw.volunteers.census;

import cn.ggw.security.Subtree;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active units inside an import's scope, found by the names and codes clerks write in a
 * census file. Two villages of one name in different townships are told apart by the township
 * column (matched against any unit above the village).
 */
final class UnitIndex {

    record Unit(long id, String code, String name, String kind, String orgPath, List<String> ancestorNames) {
    }

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, List<Unit>> byName = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<Long, String> allNames = new HashMap<>();

    static UnitIndex load(Connection db, String scopePath) throws SQLException {
        UnitIndex index = new UnitIndex();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String[]> rows = new HashMap<>();
        // Ancestors above the scope matter too: "红星村" of 平台镇 when the scope is the district.
        try (PreparedStatement st = db.prepareStatement(
                "select id, code, name, kind, org_path, active from org_unit"
                        + " where " + Subtree.of(scopePath).jdbc("org_path")
                        + " or ? like org_path || '.%'")) { // subtree-ok: the ancestors of the scope (their names only)
            Subtree.of(scopePath).bind(st, 1);
            st.setString(3, scopePath);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    names.put(id, rs.getString(3));
                    String path = rs.getString(5);
                    boolean inside = path.equals(scopePath) || path.startsWith(scopePath + ".");
                    if (rs.getBoolean(6) && inside) {
                        rows.put(id, new String[] {rs.getString(2), rs.getString(3), rs.getString(4), path});
                    }
                }
            }
        }
        index.allNames.putAll(names);
        for (Map.Entry<Long, String[]> e : rows.entrySet()) {
            String[] r = e.getValue();
            List<String> ancestors = new ArrayList<>();
            String[] ids = r[3].split("\\.");
            for (int i = 0; i < ids.length - 1; i++) {
                String n = names.get(Long.valueOf(ids[i]));
                if (n != null) {
                    ancestors.add(normalise(n));
                }
            }
            Unit unit = new Unit(e.getKey(), r[0], r[1], r[2], r[3], ancestors);
            index.byId.put(unit.id(), unit);
            index.byName.computeIfAbsent(normalise(unit.name()), k -> new ArrayList<>()).add(unit);
            index.byCode.put(unit.code(), unit);
        }
        return index;
    }

    /** Active units inside the scope with this name (or code), under a unit named {@code township} when given. */
    List<Unit> find(String nameOrCode, String township) {
        Unit coded = byCode.get(nameOrCode.trim());
        if (coded != null) {
            return List.of(coded);
        }
        List<Unit> named = byName.getOrDefault(normalise(nameOrCode), List.of());
        if (township == null) {
            return named;
        }
        String t = normalise(township);
        return named.stream().filter(u -> u.ancestorNames().contains(t)).toList();
    }

    Unit byId(long id) {
        return byId.get(id);
    }

    /** The name of any unit in or above the scope (for showing where someone lives now). */
    String nameOf(long id) {
        return allNames.getOrDefault(id, String.valueOf(id));
    }

    private static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c == '\u3000' || Character.isWhitespace(c)) {
                continue;
            }
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }
}
