package cn.ggw.volunteers.census;

import cn.ggw.common.SafeLog;
import cn.ggw.fleet.DatabaseOutage;
import cn.ggw.jobs.RetryLater;
import cn.ggw.volunteers.IdNumber;
import cn.ggw.volunteers.census.CensusCheck.Change;
import cn.ggw.volunteers.census.CensusCheck.Issue;
import cn.ggw.volunteers.census.CensusCheck.Outcome;
import cn.ggw.volunteers.census.CensusImportDtos.ImportAction;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs dry runs and commits as jobs of the shared queue ({@link CensusJobs}, any replica), with
 * plain JDBC: the uploader's scope is explicit (the import's own path), never "no filter". A commit
 * is one transaction that also sets the import's final status, so a failed or interrupted commit
 * leaves the register as it was; a run that finds the import no longer waiting for it does nothing,
 * so a job resumed after its replica died cannot apply anything twice.
 */
@ApplicationScoped
public class CensusImportJobs {

    private static final Logger LOG = Logger.getLogger(CensusImportJobs.class);
    static final int CHUNK = 1000;
    /** Bytes of the stored file read per statement (see fetchFile). */
    static final int FILE_SLICE = 1 << 20;
    private static final int PROGRESS_EVERY = 2000;
    /** Separates list items inside one array element passed to unnest (never typed in a cell that was split). */
    private static final String LIST_SEP = "\u001F";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** The dry run of one import must not run twice at once (a job resumed while its first run still ends). */
    private static final int DRY_RUN_LOCK = "ggw.volunteer-import.dry-run".hashCode();

    /** A job's import is failed for good: its replica stopped during its last attempt (same transaction as the job). */
    void markInterrupted(Connection tx, long id) throws SQLException {
        try (PreparedStatement st = tx.prepareStatement("update volunteer_import set status = 'FAILED', failure_code = 'import.interrupted',"
                + " failure_args = null, version = version + 1, updated_at = now() where id = ? and status in ('VALIDATING', 'COMMITTING')")) {
            st.setLong(1, id);
            if (st.executeUpdate() > 0) {
                LOG.warnf("census import %d was interrupted too often and is marked failed", id);
            }
        }
    }

    private static String status(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select status from volunteer_import where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    // ---- the dry run -----------------------------------------------------------------------

    private record Job(long id, String orgPath, int headerRow, Map<ImportField, Integer> columns, Long defaultUnitId,
                       ImportMode mode, boolean confirmWarnings, String sheetName) {
    }

    void dryRun(long id) {
        Path file = null;
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            read.setAutoCommit(false);
            read.setReadOnly(true);
            write.setAutoCommit(false);
            try (PreparedStatement lock = write.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, DRY_RUN_LOCK);
                lock.setInt(2, (int) id);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        write.rollback();
                        return; // another run of this dry run is still finishing; it writes the outcome
                    }
                }
            }
            if (!ImportStatus.VALIDATING.name().equals(status(write, id))) {
                write.rollback();
                return; // done already (or discarded, or re-mapped): nothing to do
            }
            Job job = load(read, id);
            file = fetchFile(read, id);
            try (PreparedStatement st = write.prepareStatement("delete from volunteer_import_issue where import_id = ?");
                 PreparedStatement st2 = write.prepareStatement("delete from volunteer_import_change where import_id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
                st2.setLong(1, id);
                st2.executeUpdate();
            }
            CensusCheck check = new CensusCheck(read, job.orgPath(), job.columns(), job.defaultUnitId(), today(), false);
            int[] counts = new int[6]; // total, create, update, unchanged, rejected, warned
            IssueWriter issues = new IssueWriter(write, id);
            List<Outcome> totalsRows = new ArrayList<>();
            forEachChunk(file, job, id, chunk -> {
                List<Outcome> outcomes = check.check(chunk);
                issues.add(outcomes);
                for (Outcome o : outcomes) {
                    counts[0]++;
                    if (o.rejected()) {
                        counts[4]++;
                    } else if (o.action() == ImportAction.CREATE) {
                        counts[1]++;
                    } else if (o.action() == ImportAction.UPDATE) {
                        counts[2]++;
                    } else {
                        counts[3]++;
                    }
                    if (o.warned()) {
                        counts[5]++;
                    }
                }
            }, row -> totalsRows.add(TotalsRow.note(row)));
            issues.add(totalsRows);
            issues.flush();
            if (counts[0] == 0) {
                throw new CensusFileException("import.file.no-data");
            }
            try (PreparedStatement st = write.prepareStatement("update volunteer_import set status = 'VALIDATED', total_rows = ?,"
                    + " to_create = ?, to_update = ?, unchanged = ?, rejected = ?, with_warnings = ?, phase_rows = ?,"
                    + " failure_code = null, failure_args = null, version = version + 1, updated_at = now() where id = ?")) {
                for (int i = 0; i < 6; i++) {
                    st.setInt(i + 1, counts[i]);
                }
                st.setInt(7, counts[0]);
                st.setLong(8, id);
                st.executeUpdate();
            }
            write.commit();
            read.rollback();
        } catch (CensusFileException e) {
            fail(id, e.code(), e.args().toArray());
        } catch (Exception e) {
            if (DatabaseOutage.isCause(e)) {
                throw new RetryLater(e); // the job runs again once the database is back
            }
            LOG.errorf(SafeLog.redacted(e), "dry run of census import %d failed", id);
            fail(id, "import.failed", new Object[0]);
        } finally {
            deleteQuietly(file);
        }
    }

    // ---- the commit ------------------------------------------------------------------------

    void commit(long id, String actor, String actorUnit) {
        Path file = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext('ggw.volunteer-import'))")) {
                    lock.execute();
                }
                // Under the lock every earlier commit has ended: is this one still waiting to be done?
                if (!ImportStatus.COMMITTING.name().equals(status(c, id))) {
                    c.rollback();
                    return;
                }
                Job job = load(c, id);
                file = fetchFile(c, id);
                CensusCheck check = new CensusCheck(c, job.orgPath(), job.columns(), job.defaultUnitId(), today(), true);
                Writer writer = new Writer(c, id, actor, actorUnit);
                int[] counts = new int[4]; // created, updated, unchanged, skipped
                forEachChunk(file, job, id, chunk -> {
                    List<Outcome> take = new ArrayList<>();
                    for (Outcome o : check.check(chunk)) {
                        boolean leaveOut = o.rejected() || (o.warned() && !job.confirmWarnings());
                        if (leaveOut && job.mode() == ImportMode.ALL_OR_NOTHING) {
                            // The dry run found no such row: the register changed since.
                            throw new CensusFileException("import.registry-changed", o.row());
                        }
                        if (leaveOut) {
                            counts[3]++;
                        } else if (o.action() == null) {
                            counts[2]++;
                        } else {
                            take.add(o);
                        }
                    }
                    int[] written = writer.write(take);
                    counts[0] += written[0];
                    counts[1] += written[1];
                });
                try (PreparedStatement st = c.prepareStatement("update volunteer_import set status = 'COMMITTED', created_count = ?,"
                        + " updated_count = ?, unchanged = ?, skipped_count = ?, committed_at = now(), failure_code = null,"
                        + " failure_args = null, version = version + 1, updated_at = now() where id = ? and status = 'COMMITTING'")) {
                    st.setInt(1, counts[0]);
                    st.setInt(2, counts[1]);
                    st.setInt(3, counts[2]);
                    st.setInt(4, counts[3]);
                    st.setLong(5, id);
                    if (st.executeUpdate() != 1) {
                        throw new IllegalStateException("census import " + id + " left COMMITTING during its commit");
                    }
                }
                writer.auditCommit(job, counts);
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        } catch (CensusFileException e) {
            fail(id, e.code(), e.args().toArray());
        } catch (SQLException e) {
            if (DatabaseOutage.isCause(e)) {
                throw new RetryLater(e); // rolled back: the job runs again once the database is back
            }
            if ("23505".equals(e.getSQLState())) {
                // Someone registered one of these people while the commit ran.
                fail(id, "import.registry-changed.concurrent", new Object[0]);
            } else {
                LOG.errorf(SafeLog.redacted(e), "commit of census import %d failed", id);
                fail(id, "import.failed", new Object[0]);
            }
        } catch (Exception e) {
            if (DatabaseOutage.isCause(e)) {
                throw new RetryLater(e);
            }
            LOG.errorf(SafeLog.redacted(e), "commit of census import %d failed", id);
            fail(id, "import.failed", new Object[0]);
        } finally {
            deleteQuietly(file);
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    interface ChunkHandler {
        void accept(List<CensusRow> chunk) throws SQLException;
    }

    private static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }
    }

    private void forEachChunk(Path file, Job job, long id, ChunkHandler handler) throws SQLException {
        forEachChunk(file, job, id, handler, totals -> {
        });
    }

    /**
     * The data rows below the header, in chunks; blank rows are passed over, totals rows (合计/合計/总计 … with counts)
     * go to {@code totals} instead: they describe the rows above, nobody in them.
     */
    private void forEachChunk(Path file, Job job, long id, ChunkHandler handler,
                              java.util.function.Consumer<CensusRow> totals) throws SQLException {
        int headerRow = job.headerRow();
        List<CensusRow> chunk = new ArrayList<>(CHUNK);
        int[] done = {0};
        try (Connection progress = dataSource.getConnection(); CensusReader reader = CensusReader.open(file, job.sheetName())) {
            progress.setAutoCommit(true);
            reader.read(row -> {
                if (row.number() <= headerRow || row.isBlank()) {
                    return true;
                }
                if (TotalsRow.label(row) != null) {
                    totals.accept(row);
                    return true;
                }
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    try {
                        handler.accept(chunk);
                        done[0] += chunk.size();
                        chunk.clear();
                        if (done[0] % PROGRESS_EVERY == 0) {
                            progress(progress, id, done[0]);
                        }
                    } catch (SQLException e) {
                        throw new SqlFailure(e);
                    }
                }
                return true;
            });
            if (!chunk.isEmpty()) {
                handler.accept(chunk);
                done[0] += chunk.size();
            }
        } catch (SqlFailure e) {
            throw (SQLException) e.getCause();
        }
    }

    private static void progress(Connection c, long id, int rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update volunteer_import set phase_rows = ? where id = ?")) {
            st.setInt(1, rows);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    private Job load(Connection c, long id) throws SQLException, IOException {
        try (PreparedStatement st = c.prepareStatement("select org_path, header_row, columns, default_unit_id, commit_mode,"
                + " confirm_warnings, sheet_name from volunteer_import where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("census import " + id + " is gone");
                }
                Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
                for (var node : json.readTree(rs.getString(3))) {
                    if (node.hasNonNull("field")) {
                        columns.put(ImportField.valueOf(node.get("field").asText()), node.get("index").asInt());
                    }
                }
                long unit = rs.getLong(4);
                Long defaultUnit = rs.wasNull() ? null : unit;
                String mode = rs.getString(5);
                return new Job(id, rs.getString(1), rs.getInt(2), columns, defaultUnit,
                        mode == null ? null : ImportMode.valueOf(mode), rs.getBoolean(6), rs.getString(7));
            }
        }
    }

    /**
     * The stored file, copied to a temporary file so that the reader can stream it — in slices of
     * {@link #FILE_SLICE} bytes: the driver holds a whole bytea value in memory (twice over while it decodes
     * the hex text form), which for a 100,000-row census file was tens of megabytes at once on a replica
     * whose heap is 128 MB (README, "Memory"). The column is stored uncompressed (V19), so each slice is read
     * straight from its TOAST chunks.
     */
    Path fetchFile(Connection c, long id) throws SQLException, IOException {
        int size; // uploads are capped at 30 MB
        try (PreparedStatement st = c.prepareStatement("select octet_length(content) from volunteer_import_file where import_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new CensusFileException("import.file.gone");
                }
                size = rs.getInt(1);
            }
        }
        Path file = Files.createTempFile("ggw-census-", ".bin");
        try (OutputStream out = Files.newOutputStream(file);
             PreparedStatement st = c.prepareStatement(
                     "select substring(content from ? for ?) from volunteer_import_file where import_id = ?")) {
            for (int from = 0; from < size; from += FILE_SLICE) {
                st.setInt(1, from + 1);
                st.setInt(2, FILE_SLICE);
                st.setLong(3, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new CensusFileException("import.file.gone");
                    }
                    out.write(rs.getBytes(1));
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private void fail(long id, String code, Object[] args) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("update volunteer_import set status = 'FAILED', failure_code = ?,"
                     + " failure_args = ?::jsonb, version = version + 1, updated_at = now() where id = ?"
                     + " and status in ('VALIDATING', 'COMMITTING')")) {
            st.setString(1, code);
            st.setString(2, json.writeValueAsString(args == null ? List.of() : List.of(args)));
            st.setLong(3, id);
            st.executeUpdate();
        } catch (Exception e) {
            LOG.errorf(SafeLog.redacted(e), "could not mark census import %d failed", id);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up
            }
        }
    }

    private static LocalDate today() {
        return LocalDate.now(IdNumber.CHINA);
    }

    // ---- writing the dry run's report ------------------------------------------------------

    private final class IssueWriter {
        private final Connection c;
        private final long importId;
        private final PreparedStatement issues;
        private final PreparedStatement changes;
        private int pending;

        IssueWriter(Connection c, long importId) throws SQLException {
            this.c = c;
            this.importId = importId;
            this.issues = c.prepareStatement("insert into volunteer_import_issue (import_id, row_number, column_index, field,"
                    + " severity, code, args) values (?, ?, ?, ?, ?, ?, ?::jsonb)");
            this.changes = c.prepareStatement("insert into volunteer_import_change (import_id, row_number, action, volunteer_id,"
                    + " name, id_number_masked, unit_id, changes) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)");
        }

        void add(List<Outcome> outcomes) throws SQLException {
            try {
                for (Outcome o : outcomes) {
                    for (Issue i : o.issues()) {
                        issues.setLong(1, importId);
                        issues.setInt(2, o.row());
                        issues.setObject(3, i.column());
                        issues.setString(4, i.field() == null ? null : i.field().name());
                        issues.setString(5, i.severity().name());
                        issues.setString(6, i.code());
                        issues.setString(7, json.writeValueAsString(i.args()));
                        issues.addBatch();
                        pending++;
                    }
                    if (!o.rejected() && o.action() != null) {
                        changes.setLong(1, importId);
                        changes.setInt(2, o.row());
                        changes.setString(3, o.action().name());
                        changes.setObject(4, o.existing() == null ? null : o.existing().id());
                        changes.setString(5, o.person().name());
                        changes.setString(6, IdNumber.mask(o.person().idNumber()));
                        changes.setLong(7, o.person().unit() != null ? o.person().unit().id() : o.existing().unitId());
                        ArrayNode list = json.createArrayNode();
                        for (Change ch : o.changes()) {
                            list.addObject().put("field", ch.field().name()).put("before", ch.before()).put("after", ch.after());
                        }
                        changes.setString(8, list.toString());
                        changes.addBatch();
                        pending++;
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (pending >= 2000) {
                flush();
            }
        }

        void flush() throws SQLException {
            issues.executeBatch();
            changes.executeBatch();
            pending = 0;
        }
    }

    // ---- writing the register ----------------------------------------------------------------

    private final class Writer {
        private final Connection c;
        private final long importId;
        private final String actor;
        private final String actorUnit;

        Writer(Connection c, long importId, String actor, String actorUnit) {
            this.c = c;
            this.importId = importId;
            this.actor = actor;
            this.actorUnit = actorUnit;
        }

        /** Creates and updates the people of one chunk; returns {created, updated}. */
        int[] write(List<Outcome> take) throws SQLException {
            List<Outcome> creates = take.stream().filter(o -> o.action() == ImportAction.CREATE).toList();
            List<Outcome> updates = take.stream().filter(o -> o.action() == ImportAction.UPDATE).toList();
            if (!creates.isEmpty()) {
                create(creates);
            }
            for (Outcome o : updates) {
                update(o);
            }
            return new int[] {creates.size(), updates.size()};
        }

        private void create(List<Outcome> creates) throws SQLException {
            int n = creates.size();
            Object[][] cols = new Object[15][n];
            for (int i = 0; i < n; i++) {
                CensusCheck.Person p = creates.get(i).person();
                cols[0][i] = p.unit().id();
                cols[1][i] = p.unit().orgPath();
                cols[2][i] = p.name();
                cols[3][i] = p.idNumber();
                cols[4][i] = p.gender().name();
                cols[5][i] = p.birthDate().toString();
                cols[6][i] = p.phone();
                cols[7][i] = p.address();
                cols[8][i] = String.join(LIST_SEP, p.categories());
                cols[9][i] = p.formerEmployer();
                cols[10][i] = p.formerPost();
                cols[11][i] = p.retirementType();
                cols[12][i] = p.health();
                cols[13][i] = String.join(LIST_SEP, p.skills());
                cols[14][i] = String.join(LIST_SEP, p.activityAreas());
            }
            Instant now = Instant.now();
            List<Long> ids = new ArrayList<>(n);
            String sql = "insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, phone, address,"
                    + " categories, former_employer, former_post, retirement_type, health, skills, activity_areas, status,"
                    + " status_changed_at, created_at, created_by, updated_at, updated_by)"
                    + " select u, p, nm, idn, g, b::date, ph, ad, coalesce(string_to_array(nullif(cat, ''), ?), '{}')::varchar(16)[],"
                    + " fe, fp, rt, h, coalesce(string_to_array(nullif(sk, ''), ?), '{}')::varchar(50)[],"
                    + " coalesce(string_to_array(nullif(ar, ''), ?), '{}')::varchar(32)[], 'REGISTERED', ?, ?, ?, ?, ?"
                    + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                    + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                    + " as t(u, p, nm, idn, g, b, ph, ad, cat, fe, fp, rt, h, sk, ar) returning id";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int k = 1;
                st.setString(k++, LIST_SEP);
                st.setString(k++, LIST_SEP);
                st.setString(k++, LIST_SEP);
                Timestamp ts = Timestamp.from(now);
                st.setTimestamp(k++, ts);
                st.setTimestamp(k++, ts);
                st.setString(k++, actor);
                st.setTimestamp(k++, ts);
                st.setString(k++, actor);
                st.setArray(k++, c.createArrayOf("bigint", cols[0]));
                for (int col = 1; col < 15; col++) {
                    st.setArray(k++, c.createArrayOf("text", cols[col]));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            Long[] idArray = ids.toArray(Long[]::new);
            try (PreparedStatement st = c.prepareStatement("insert into volunteer_status_change (volunteer_id, org_path, from_status,"
                    + " to_status, changed_at, changed_by, note) select id, org_path, null, 'REGISTERED', ?, ?, ? from volunteer"
                    + " where id = any(?)")) {
                st.setTimestamp(1, Timestamp.from(now));
                st.setString(2, actor);
                st.setString(3, "花名册导入 #" + importId);
                st.setArray(4, c.createArrayOf("bigint", idArray));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("insert into audit_event (occurred_at, actor, actor_unit, action,"
                    + " entity_type, entity_id, org_path, after_state) select ?, ?, ?, 'CREATE', 'Volunteer', id::text, org_path,"
                    + " jsonb_build_object('name', name, 'idNumberMasked', left(id_number, 6) || '********' || right(id_number, 4),"
                    + " 'unitId', org_unit_id, 'importId', ?::bigint) from volunteer where id = any(?)")) {
                st.setTimestamp(1, Timestamp.from(now));
                st.setString(2, actor);
                st.setString(3, actorUnit);
                st.setLong(4, importId);
                st.setArray(5, c.createArrayOf("bigint", idArray));
                st.executeUpdate();
            }
        }

        private void update(Outcome o) throws SQLException {
            CensusCheck.Existing e = o.existing();
            CensusCheck.Person p = o.person();
            boolean moves = o.changes().stream().anyMatch(ch -> ch.field() == ImportField.UNIT);
            String sql = "update volunteer set name = ?, phone = ?, address = ?, categories = ?::varchar(16)[], former_employer = ?,"
                    + " former_post = ?, retirement_type = ?, health = ?, skills = ?::varchar(50)[], activity_areas = ?::varchar(32)[],"
                    + " org_unit_id = ?, org_path = ?, version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, pick(p, ImportField.NAME, p.name(), e.name()));
                st.setString(2, pick(p, ImportField.PHONE, p.phone(), e.phone()));
                st.setString(3, pick(p, ImportField.ADDRESS, p.address(), e.address()));
                st.setArray(4, c.createArrayOf("varchar", pickList(p, ImportField.CATEGORIES, p.categories(), e.categories())));
                st.setString(5, pick(p, ImportField.FORMER_EMPLOYER, p.formerEmployer(), e.formerEmployer()));
                st.setString(6, pick(p, ImportField.FORMER_POST, p.formerPost(), e.formerPost()));
                st.setString(7, pick(p, ImportField.RETIREMENT_TYPE, p.retirementType(), e.retirementType()));
                st.setString(8, pick(p, ImportField.HEALTH, p.health(), e.health()));
                st.setArray(9, c.createArrayOf("varchar", pickList(p, ImportField.SKILLS, p.skills(), e.skills())));
                st.setArray(10, c.createArrayOf("varchar", pickList(p, ImportField.ACTIVITY_AREAS, p.activityAreas(), e.activityAreas())));
                st.setLong(11, moves ? p.unit().id() : e.unitId());
                st.setString(12, moves ? p.unit().orgPath() : e.orgPath());
                st.setString(13, actor);
                st.setLong(14, e.id());
                st.setLong(15, e.version());
                if (st.executeUpdate() != 1) {
                    throw new CensusFileException("import.registry-changed", o.row());
                }
            }
            if (moves) {
                // The history and the care records follow the person, as when the form moves them.
                for (String table : new String[] {"volunteer_status_change", "volunteer_care_record"}) {
                    try (PreparedStatement st = c.prepareStatement("update " + table + " set org_path = ? where volunteer_id = ?")) {
                        st.setString(1, p.unit().orgPath());
                        st.setLong(2, e.id());
                        st.executeUpdate();
                    }
                }
            }
            ObjectNode before = json.createObjectNode();
            ObjectNode after = json.createObjectNode();
            for (Change ch : o.changes()) {
                before.put(ch.field().name(), ch.before());
                after.put(ch.field().name(), ch.after());
            }
            after.put("importId", importId);
            try (PreparedStatement st = c.prepareStatement("insert into audit_event (occurred_at, actor, actor_unit, action,"
                    + " entity_type, entity_id, org_path, before_state, after_state) values (now(), ?, ?, ?, 'Volunteer', ?, ?, ?::jsonb, ?::jsonb)")) {
                st.setString(1, actor);
                st.setString(2, actorUnit);
                st.setString(3, moves ? "MOVE" : "UPDATE");
                st.setString(4, String.valueOf(e.id()));
                st.setString(5, moves ? p.unit().orgPath() : e.orgPath());
                st.setString(6, before.toString());
                st.setString(7, after.toString());
                st.executeUpdate();
            }
        }

        void auditCommit(Job job, int[] counts) throws SQLException {
            Map<String, Object> after = new HashMap<>();
            after.put("mode", job.mode());
            after.put("created", counts[0]);
            after.put("updated", counts[1]);
            after.put("unchanged", counts[2]);
            after.put("skipped", counts[3]);
            try (PreparedStatement st = c.prepareStatement("insert into audit_event (occurred_at, actor, actor_unit, action,"
                    + " entity_type, entity_id, org_path, after_state) values (now(), ?, ?, 'COMMIT', 'VolunteerImport', ?, ?, ?::jsonb)")) {
                st.setString(1, actor);
                st.setString(2, actorUnit);
                st.setString(3, String.valueOf(importId));
                st.setString(4, job.orgPath());
                st.setString(5, json.writeValueAsString(after));
                st.executeUpdate();
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static String pick(CensusCheck.Person p, ImportField field, String given, String current) {
            return p.given().contains(field) && given != null ? given : current;
        }

        private static Object[] pickList(CensusCheck.Person p, ImportField field, List<String> given, List<String> current) {
            return (p.given().contains(field) ? given : current).toArray();
        }
    }
}
