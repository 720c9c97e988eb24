package cn.ggw.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A district shaped like the demo's for the team histories (three townships, 62 villages, 14 active 五老 each),
 * written straight into the tables, so that {@code DemoCommittees.loadInto} has the people it needs: used by the
 * functional test of the demo's figures and by the committees benchmark, which times the generation.
 */
public final class DemoShapedDistrict {

    private DemoShapedDistrict() {
    }

    /** Writes the district with the given code ({@code run} keeps its ID numbers unique); returns its path. */
    public static String write(Connection c, String code, long run) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long root = unit(c, null, null, code, "演示区", "DISTRICT");
        String rootPath = String.valueOf(root);
        int person = 0;
        for (int t = 0; t < 3; t++) {
            long township = unit(c, root, rootPath, code + "T" + t, "演示镇" + t, "TOWNSHIP");
            String townshipPath = rootPath + "." + township;
            for (int v = 0; v < (t == 0 ? 22 : 20); v++) {
                long village = unit(c, township, townshipPath, code + "T" + t + "V" + v, "演示村" + t + "-" + v, "VILLAGE");
                String villagePath = townshipPath + "." + village;
                try (PreparedStatement s = c.prepareStatement("""
                        insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
                        values (?, ?, ?, ?, 'MALE', ?, 'ACTIVE', 'test', 'test')""")) {
                    for (int p = 0; p < 14; p++) {
                        person++;
                        s.setLong(1, village);
                        s.setString(2, villagePath);
                        s.setString(3, "演示" + person);
                        s.setString(4, String.format("D%09d%08d", run, person));
                        s.setDate(5, Date.valueOf(today.minusYears(58 + (person % 12)).minusDays(person % 200)));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
        }
        return rootPath;
    }

    private static long unit(Connection c, Long parent, String parentPath, String code, String name, String kind) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("select nextval(pg_get_serial_sequence('org_unit', 'id'))");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, 'test', 'test')""")) {
            s.setLong(1, id);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setObject(5, parent);
            s.setString(6, parentPath == null ? String.valueOf(id) : parentPath + "." + id);
            s.setInt(7, parentPath == null ? 0 : parentPath.split("\\.").length);
            s.setTimestamp(8, java.sql.Timestamp.valueOf("2008-01-01 00:00:00"));
            s.addBatch();
            s.executeBatch();
        }
        return id;
    }
}
