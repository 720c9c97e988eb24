package cn.ggw.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A district of realistic size written straight by JDBC, for tests that load the demo's generators into a
 * tree of their own (hundreds of units and thousands of 五老 in about a second, where the API would take
 * minutes). Units exist since 2008 so that histories back to 2009 fit; people are active, aged 58–69.
 * <pre>
 *   try (SyntheticDistrict d = SyntheticDistrict.open(dataSource, "演示", 'D', run)) {
 *       String path = d.district(code, new int[] {22, 20, 20}, 14).path();
 *   }
 * </pre>
 */
public final class SyntheticDistrict implements AutoCloseable {

    /** A unit written here: its id and materialised path. */
    public record Unit(long id, String path) {
    }

    private static final Timestamp SINCE = Timestamp.valueOf("2008-01-01 00:00:00");

    private final Connection connection;
    private final String word;
    private final char idLetter;
    private final long run;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private int people;

    private SyntheticDistrict(Connection connection, String word, char idLetter, long run) {
        this.connection = connection;
        this.word = word;
        this.idLetter = idLetter;
        this.run = run;
    }

    /**
     * @param word     the names' stem: units are named {@code word区}, {@code word镇0}, {@code word村0-0}, people {@code word1}…
     * @param idLetter the first character of the people's (test-only) ID numbers, so tests never collide
     * @param run      this run's number, part of every ID number
     */
    public static SyntheticDistrict open(DataSource dataSource, String word, char idLetter, long run) throws SQLException {
        return new SyntheticDistrict(dataSource.getConnection(), word, idLetter, run);
    }

    /**
     * A district ({@code code}) with one township per entry of {@code villagesPerTownship} (codes
     * {@code codeT0}, villages {@code codeT0V00}), each village holding {@code peoplePerVillage} people.
     */
    public Unit district(String code, int[] villagesPerTownship, int peoplePerVillage) throws SQLException {
        Unit root = unit(null, code, word + "区", "DISTRICT");
        for (int t = 0; t < villagesPerTownship.length; t++) {
            Unit township = unit(root, code + "T" + t, word + "镇" + t, "TOWNSHIP");
            for (int v = 0; v < villagesPerTownship[t]; v++) {
                Unit village = unit(township, code + "T" + t + "V" + String.format("%02d", v), word + "村" + t + "-" + v, "VILLAGE");
                people(village, peoplePerVillage);
            }
        }
        return root;
    }

    /** A unit under {@code parent} (or a root when null). */
    public Unit unit(Unit parent, String code, String name, String kind) throws SQLException {
        long id;
        try (PreparedStatement s = connection.prepareStatement("select nextval(pg_get_serial_sequence('org_unit', 'id'))");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        String path = parent == null ? String.valueOf(id) : parent.path() + "." + id;
        try (PreparedStatement s = connection.prepareStatement("""
                insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?, 'test', 'test')""")) {
            s.setLong(1, id);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setObject(5, parent == null ? null : parent.id());
            s.setString(6, path);
            s.setInt(7, path.split("\\.").length - 1);
            s.setTimestamp(8, SINCE);
            s.executeUpdate();
        }
        return new Unit(id, path);
    }

    /** {@code count} active 五老 at the unit. */
    public void people(Unit unit, int count) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
                values (?, ?, ?, ?, 'MALE', ?, 'ACTIVE', 'test', 'test')""")) {
            for (int p = 0; p < count; p++) {
                people++;
                s.setLong(1, unit.id());
                s.setString(2, unit.path());
                s.setString(3, word + people);
                s.setString(4, String.format("%c%09d%08d", idLetter, run, people));
                s.setDate(5, Date.valueOf(today.minusYears(58 + (people % 12)).minusDays(people % 200)));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** How many people this district has written so far. */
    public int people() {
        return people;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
