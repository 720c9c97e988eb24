package cn.ggw.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tables had a row written (inserted, updated or deleted, and committed) since the last look.
 * <p>
 * Every write takes a transaction id, so the cheap first test is whether the database handed out a transaction id
 * since the last look ({@code pg_snapshot_xmax(pg_current_snapshot())}, which reading does not move); only then are
 * the tables compared, each by its row count and the newest row version ({@code max(xmin)}: an insert or update
 * writes a row version with a newer transaction id, a delete changes the count). A write rolled back is thus no write,
 * as it should be. {@code pg_stat_user_tables} is not used: other sessions report their counts up to a second late.
 */
public final class RowWrites {

    private final DataSource dataSource;
    private final Set<String> excluded;
    private final String checksumSql;
    private String lastXmax;
    private Map<String, String> last;
    private int comparisons;

    /** Watches every table of the application's schema but those named in {@code excluded}. */
    public RowWrites(DataSource dataSource, Set<String> excluded) {
        this.dataSource = dataSource;
        this.excluded = excluded;
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = current_schema() order by 1")) {
            while (rs.next()) {
                if (!excluded.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.checksumSql = tables.stream()
                .map(t -> "select '" + t + "', count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
        this.lastXmax = xmax();
        this.last = checksums();
    }

    /** The watched tables with rows written since the last call (empty when none); then looks afresh. */
    public List<String> changed() {
        String xmax = xmax();
        if (xmax.equals(lastXmax)) {
            return List.of();
        }
        lastXmax = xmax;
        comparisons++;
        Map<String, String> now = checksums();
        List<String> changed = now.keySet().stream().filter(t -> !now.get(t).equals(last.get(t))).sorted().toList();
        last = now;
        return changed;
    }

    /** How many times the tables were compared (a transaction id had been handed out since the look before). */
    public int comparisons() {
        return comparisons;
    }

    private String xmax() {
        return single("select pg_snapshot_xmax(pg_current_snapshot())::text");
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(checksumSql)) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    private String single(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "RowWrites(excluding " + excluded + ")";
    }
}
