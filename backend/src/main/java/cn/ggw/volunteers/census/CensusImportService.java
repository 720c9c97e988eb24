package cn.ggw.volunteers.census;

import cn.ggw.security.Subtree;
import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Messages;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.jobs.Jobs;
import cn.ggw.security.CallerScope;
import cn.ggw.volunteers.census.CensusImportDtos.ChangeView;
import cn.ggw.volunteers.census.CensusImportDtos.ColumnMapping;
import cn.ggw.volunteers.census.CensusImportDtos.CommitRequest;
import cn.ggw.volunteers.census.CensusImportDtos.EarlierImport;
import cn.ggw.volunteers.census.CensusImportDtos.FieldChange;
import cn.ggw.volunteers.census.CensusImportDtos.ImportAction;
import cn.ggw.volunteers.census.CensusImportDtos.ImportColumn;
import cn.ggw.volunteers.census.CensusImportDtos.ImportFailure;
import cn.ggw.volunteers.census.CensusImportDtos.ImportProgress;
import cn.ggw.volunteers.census.CensusImportDtos.ImportResult;
import cn.ggw.volunteers.census.CensusImportDtos.ImportSheet;
import cn.ggw.volunteers.census.CensusImportDtos.ImportSummary;
import cn.ggw.volunteers.census.CensusImportDtos.ImportView;
import cn.ggw.volunteers.census.CensusImportDtos.IssueSeverity;
import cn.ggw.volunteers.census.CensusImportDtos.IssueView;
import cn.ggw.volunteers.census.CensusImportDtos.MappingRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Census imports as the API sees them: scoped like everything else, state changes checked, jobs queued. */
@ApplicationScoped
public class CensusImportService {

    private static final String ENTITY = "VolunteerImport";
    private static final int HEADER_SCAN_ROWS = 20;

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CensusImportJobs jobs;

    @Inject
    Jobs jobQueue;

    @ConfigProperty(name = "ggw.import.max-file-size", defaultValue = "31457280")
    long maxFileSize;

    // ---- upload ----------------------------------------------------------------------------

    @Transactional
    public ImportView upload(Path uploaded, String fileName, long size, Locale locale) {
        return upload(uploaded, fileName, size, null, locale);
    }

    /** The file, read on the named worksheet (null: the first with data); every worksheet is listed with its rows. */
    @Transactional
    public ImportView upload(Path uploaded, String fileName, long size, String sheet, Locale locale) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        VisibleUnit home = hierarchy.requireHomeUnit(root.unitId());
        if (size == 0) {
            throw ProblemException.invalid("file", "import.file.empty");
        }
        if (size > maxFileSize) {
            throw new ProblemException(413, "payload-too-large", "import.file.too-large", List.of(), maxFileSize / (1024 * 1024));
        }
        HeaderScan scan = scan(uploaded, sheet == null || sheet.isBlank() ? null : sheet.strip());
        CensusImport imp = new CensusImport();
        imp.orgUnitId = home.ref().id();
        imp.orgPath = home.orgPath();
        imp.fileName = cleanFileName(fileName);
        imp.fileSize = size;
        imp.fileSha256 = sha256(uploaded);
        imp.format = scan.format();
        imp.sheetName = scan.sheetName();
        ArrayNode sheets = json.createArrayNode();
        for (CensusReader.SheetRows s : scan.sheets()) {
            sheets.addObject().put("name", s.name()).put("rows", s.rows());
        }
        imp.sheets = sheets;
        imp.headerRow = scan.guess().headerRowNumber();
        ArrayNode columns = json.createArrayNode();
        for (CensusColumn c : scan.guess().columns()) {
            ObjectNode node = columns.addObject();
            node.put("index", c.index()).put("letter", c.letter()).put("header", c.header());
            node.put("suggested", c.suggested() == null ? null : c.suggested().name());
            node.put("field", c.suggested() == null ? null : c.suggested().name());
        }
        imp.columns = columns;
        imp.status = ImportStatus.MAPPING;
        Instant now = Instant.now();
        imp.createdAt = now;
        imp.updatedAt = now;
        imp.createdBy = caller.username();
        em.persist(imp);
        em.flush();
        storeFile(imp.id, uploaded);
        ImportView view = viewOf(imp, locale);
        audit.record("UPLOAD", ENTITY, imp.id, imp.orgPath, null,
                Map.of("fileName", imp.fileName, "fileSize", size, "headerRow", imp.headerRow));
        return view;
    }

    private record HeaderScan(CensusFormat format, String sheetName, HeaderGuess guess, List<CensusReader.SheetRows> sheets) {
    }

    private static HeaderScan scan(Path file, String sheet) {
        try (CensusReader reader = CensusReader.open(file, sheet)) {
            List<CensusRow> first = new ArrayList<>();
            reader.read(row -> {
                first.add(row);
                return first.size() < HEADER_SCAN_ROWS;
            });
            if (first.isEmpty()) {
                throw new CensusFileException("import.file.empty");
            }
            return new HeaderScan(reader.format(), reader.sheetName(), CensusHeaders.guess(first), reader.sheets());
        } catch (CensusFileException e) {
            throw ProblemException.invalid("file", e.code(), e.args().toArray());
        }
    }

    private void storeFile(long id, Path file) {
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("insert into volunteer_import_file (import_id, content) values (?, ?)");
             InputStream in = Files.newInputStream(file)) {
            st.setLong(1, id);
            st.setBinaryStream(2, in, Files.size(file));
            st.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not store census file", e);
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    public Page<ImportView> list(int limit, String cursor, Locale locale) {
        Long before = Cursors.decodeLong(cursor);
        List<CensusImport> rows = em.createQuery("from CensusImport where status <> :discarded and (:before is null or id < :before)"
                        + " order by id desc", CensusImport.class)
                .setParameter("discarded", ImportStatus.DISCARDED)
                .setParameter("before", before)
                .setMaxResults(limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<CensusImport> shown = more ? rows.subList(0, limit) : rows;
        List<ImportView> items = viewsOf(shown, locale);
        return new Page<>(items, more ? Cursors.encode(String.valueOf(shown.get(shown.size() - 1).id)) : null);
    }

    public ImportView get(long id, HttpHeaders headers) {
        return viewOf(visible(id), Messages.localeOf(headers));
    }

    public Page<IssueView> issues(long id, IssueSeverity severity, int limit, String cursor, HttpHeaders headers) {
        CensusImport imp = visible(id);
        long[] after = cursor == null ? new long[] {0, 0} : Cursors.decodePair(cursor);
        Locale locale = Messages.localeOf(headers);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select row_number, column_index, field, severity, code, args::text, id"
                        + " from volunteer_import_issue where import_id = ?1 and (?2 = '' or severity = ?2)"
                        + " and (row_number, id) > (?3, ?4) order by row_number, id limit ?5")
                .setParameter(1, imp.id)
                .setParameter(2, severity == null ? "" : severity.name())
                .setParameter(3, (int) after[0])
                .setParameter(4, after[1])
                .setParameter(5, limit + 1)
                .getResultList();
        Map<Integer, JsonNode> columns = columnsByIndex(imp);
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        List<IssueView> items = shown.stream().map(r -> {
            Integer col = r[1] == null ? null : ((Number) r[1]).intValue();
            JsonNode column = col == null ? null : columns.get(col);
            return new IssueView(((Number) r[0]).intValue(),
                    column == null ? (col == null ? null : letter(col)) : column.get("letter").asText(),
                    column == null ? null : column.get("header").asText(),
                    r[2] == null ? null : ImportField.valueOf((String) r[2]),
                    IssueSeverity.valueOf((String) r[3]), (String) r[4], message(locale, (String) r[4], (String) r[5]));
        }).toList();
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = Cursors.encode(((Number) last[0]).intValue() + "," + ((Number) last[6]).longValue());
        }
        return new Page<>(items, next);
    }

    public Page<ChangeView> changes(long id, ImportAction action, int limit, String cursor) {
        CensusImport imp = visible(id);
        long[] after = cursor == null ? new long[] {0, 0} : Cursors.decodePair(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select row_number, action, volunteer_id, name, id_number_masked, unit_id,"
                        + " changes::text, id from volunteer_import_change where import_id = ?1 and (?2 = '' or action = ?2)"
                        + " and (row_number, id) > (?3, ?4) order by row_number, id limit ?5")
                .setParameter(1, imp.id)
                .setParameter(2, action == null ? "" : action.name())
                .setParameter(3, (int) after[0])
                .setParameter(4, after[1])
                .setParameter(5, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        Map<Long, OrgUnitRef> units = hierarchy.refs(shown.stream().map(r -> ((Number) r[5]).longValue()).collect(Collectors.toSet()));
        List<ChangeView> items = new ArrayList<>();
        for (Object[] r : shown) {
            List<FieldChange> changes = new ArrayList<>();
            try {
                for (JsonNode c : json.readTree((String) r[6])) {
                    changes.add(new FieldChange(ImportField.valueOf(c.get("field").asText()),
                            c.hasNonNull("before") ? c.get("before").asText() : null,
                            c.hasNonNull("after") ? c.get("after").asText() : null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long unitId = ((Number) r[5]).longValue();
            items.add(new ChangeView(((Number) r[0]).intValue(), ImportAction.valueOf((String) r[1]),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                    units.getOrDefault(unitId, new OrgUnitRef(unitId, "", "", null)), changes));
        }
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = Cursors.encode(((Number) last[0]).intValue() + "," + ((Number) last[7]).longValue());
        }
        return new Page<>(items, next);
    }

    // ---- changing --------------------------------------------------------------------------

    @Transactional
    public ImportView map(long id, MappingRequest request, Locale locale) {
        CensusImport imp = writable(id, request.version());
        if (imp.status.running() || imp.status == ImportStatus.COMMITTED || imp.status == ImportStatus.DISCARDED) {
            throw ProblemException.conflict(null, "import.state." + imp.status);
        }
        Map<Integer, JsonNode> byIndex = columnsByIndex(imp);
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < request.columns().size(); i++) {
            ColumnMapping m = request.columns().get(i);
            String field = "columns[" + i + "]";
            if (!byIndex.containsKey(m.index())) {
                throw ProblemException.invalid(field + ".index", "import.mapping.column.unknown", m.index());
            }
            if (!indexes.add(m.index())) {
                throw ProblemException.invalid(field + ".index", "import.mapping.column.twice", letter(m.index()));
            }
            if (!used.add(m.field())) {
                throw ProblemException.invalid(field + ".field", "import.mapping.field.twice", new Localized.Text("import.field." + m.field()));
            }
        }
        if (!used.contains(ImportField.NAME)) {
            throw ProblemException.invalid("columns", "import.mapping.required", new Localized.Text("import.field.NAME"));
        }
        if (!used.contains(ImportField.ID_NUMBER)) {
            throw ProblemException.invalid("columns", "import.mapping.required", new Localized.Text("import.field.ID_NUMBER"));
        }
        if (request.defaultUnitId() != null) {
            // Like any unit reference in a body: unknown or outside the scope is a 400 on the field.
            VisibleUnit unit = hierarchy.findVisible(request.defaultUnitId())
                    .filter(u -> caller.covers(u.orgPath()))
                    .orElseThrow(() -> ProblemException.invalid("defaultUnitId", "orgunit.not-found"));
            if (!unit.active()) {
                throw ProblemException.conflict("defaultUnitId", "unit.home.inactive");
            }
            if (!(unit.orgPath().equals(imp.orgPath) || unit.orgPath().startsWith(imp.orgPath + "."))) {
                throw ProblemException.invalid("defaultUnitId", "import.default-unit.outside");
            }
        } else if (!used.contains(ImportField.UNIT)) {
            throw ProblemException.invalid("defaultUnitId", "import.mapping.unit-or-default");
        }
        Map<Integer, ImportField> mapped = request.columns().stream().collect(Collectors.toMap(ColumnMapping::index, ColumnMapping::field));
        for (JsonNode node : imp.columns) {
            ImportField f = mapped.get(node.get("index").asInt());
            ((ObjectNode) node).put("field", f == null ? null : f.name());
        }
        imp.columns = imp.columns.deepCopy();
        imp.defaultUnitId = request.defaultUnitId();
        imp.status = ImportStatus.VALIDATING;
        imp.phaseRows = 0;
        imp.toCreate = imp.toUpdate = imp.unchanged = imp.rejected = imp.withWarnings = null;
        imp.failureCode = null;
        imp.failureArgs = null;
        imp.updatedAt = Instant.now();
        em.flush();
        audit.record("MAP", ENTITY, imp.id, imp.orgPath, null, Map.of("columns", mapped, "defaultUnitId",
                request.defaultUnitId() == null ? "" : request.defaultUnitId()));
        jobQueue.enqueue(CensusJobs.DRY_RUN, imp.id, Map.of());
        return viewOf(imp, locale);
    }

    @Transactional
    public ImportView commit(long id, CommitRequest request, Locale locale) {
        CensusImport imp = writable(id, request.version());
        if (imp.status != ImportStatus.VALIDATED) {
            throw ProblemException.conflict(null, "import.state." + imp.status);
        }
        boolean confirm = Boolean.TRUE.equals(request.confirmWarnings());
        if (request.mode() == ImportMode.ALL_OR_NOTHING) {
            if (imp.rejected != null && imp.rejected > 0) {
                throw ProblemException.conflict("mode", "import.commit.rejected-rows", imp.rejected);
            }
            if (imp.withWarnings != null && imp.withWarnings > 0 && !confirm) {
                throw ProblemException.conflict("confirmWarnings", "import.commit.warnings", imp.withWarnings);
            }
        }
        imp.status = ImportStatus.COMMITTING;
        imp.commitMode = request.mode();
        imp.confirmWarnings = confirm;
        imp.phaseRows = 0;
        imp.updatedAt = Instant.now();
        em.flush();
        audit.record("COMMIT_REQUESTED", ENTITY, imp.id, imp.orgPath, null, Map.of("mode", request.mode(), "confirmWarnings", confirm));
        Map<String, String> by = new HashMap<>();
        by.put("actor", caller.username());
        by.put("actorUnit", caller.unitCode());
        jobQueue.enqueue(CensusJobs.COMMIT, imp.id, by);
        return viewOf(imp, locale);
    }

    @Transactional
    public void discard(long id) {
        CensusImport imp = writable(id, null);
        if (imp.status.running()) {
            throw ProblemException.conflict(null, "import.state." + imp.status);
        }
        if (imp.status == ImportStatus.DISCARDED) {
            return;
        }
        ImportStatus before = imp.status;
        imp.status = ImportStatus.DISCARDED;
        imp.updatedAt = Instant.now();
        em.createNativeQuery("delete from volunteer_import_file where import_id = ?1").setParameter(1, imp.id).executeUpdate();
        em.createNativeQuery("delete from volunteer_import_change where import_id = ?1").setParameter(1, imp.id).executeUpdate();
        audit.record("DISCARD", ENTITY, imp.id, imp.orgPath, Map.of("status", before), Map.of("status", ImportStatus.DISCARDED));
    }

    // ---- the rejected rows -----------------------------------------------------------------

    /** A workbook to download: written by {@code body} straight to the response. */
    public record Download(String fileName, Body body) {
        public interface Body {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    @Transactional
    public Download rejectedRows(long id, HttpHeaders headers) {
        CensusImport imp = visible(id);
        if (imp.rejected == null) {
            throw ProblemException.conflict(null, "import.rejected-rows.not-checked");
        }
        Locale locale = Messages.localeOf(headers);
        Path file;
        try (Connection c = dataSource.getConnection()) {
            file = jobs.fetchFile(c, imp.id);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not read the census file", e);
        } catch (CensusFileException e) {
            throw ProblemException.conflict(null, e.code(), e.args().toArray());
        }
        // The reasons, by row: one query, held while the file is streamed (at most the rejected rows).
        @SuppressWarnings("unchecked")
        List<Object[]> issues = em.createNativeQuery("select row_number, column_index, code, args::text from volunteer_import_issue"
                        + " where import_id = ?1 and severity = 'ERROR' order by row_number, id")
                .setParameter(1, imp.id).getResultList();
        Map<Integer, JsonNode> columns = columnsByIndex(imp);
        Map<Integer, List<String>> reasons = new java.util.LinkedHashMap<>();
        for (Object[] r : issues) {
            Integer col = r[1] == null ? null : ((Number) r[1]).intValue();
            String where = col == null ? "" : (columns.containsKey(col) ? columns.get(col).get("header").asText() : letter(col)) + "：";
            reasons.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>())
                    .add(where + message(locale, (String) r[2], (String) r[3]));
        }
        audit.record("EXPORT_REJECTED", ENTITY, imp.id, imp.orgPath, null, Map.of("rows", reasons.size()));
        String base = imp.fileName.replaceAll("(?i)\\.(xlsx|xls|csv|txt)$", "");
        String name = base + (Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "-rejected-rows.xlsx" : "-未导入的行.xlsx");
        return new Download(name, out -> RejectedRowsWorkbook.write(file, imp.sheetName, imp.headerRow, reasons, locale, out));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private CensusImport visible(long id) {
        // The scope filter applies to CensusImport: another township's import is "not found".
        CensusImport imp = em.find(CensusImport.class, id);
        if (imp == null) {
            throw ProblemException.notFound("import.not-found");
        }
        return imp;
    }

    private CensusImport writable(long id, Long version) {
        caller.requireRoot();
        CensusImport imp = visible(id);
        caller.requireCovers(imp.orgPath, "import.not-found");
        if (version != null && version != imp.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        return imp;
    }

    ImportView viewOf(CensusImport imp, Locale locale) {
        return viewsOf(List.of(imp), locale).get(0);
    }

    /** The views of a page of imports: one query for their default units, one for earlier imports of the same files. */
    private List<ImportView> viewsOf(List<CensusImport> imports, Locale locale) {
        Map<Long, OrgUnitRef> units = hierarchy.refs(imports.stream().map(i -> i.defaultUnitId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, EarlierImport> earlier = earlierImports(imports);
        List<ImportView> views = new ArrayList<>(imports.size());
        for (CensusImport imp : imports) {
            List<ImportColumn> columns = new ArrayList<>();
            for (JsonNode c : imp.columns) {
                columns.add(new ImportColumn(c.get("index").asInt(), c.get("letter").asText(), c.get("header").asText(),
                        c.hasNonNull("suggested") ? ImportField.valueOf(c.get("suggested").asText()) : null,
                        c.hasNonNull("field") ? ImportField.valueOf(c.get("field").asText()) : null));
            }
            ImportProgress progress = imp.status.running()
                    ? new ImportProgress(imp.phaseRows, imp.status == ImportStatus.COMMITTING ? imp.totalRows : null) : null;
            ImportSummary summary = imp.toCreate == null ? null
                    : new ImportSummary(imp.totalRows, imp.toCreate, imp.toUpdate, imp.unchanged, imp.rejected, imp.withWarnings);
            ImportResult result = imp.status == ImportStatus.COMMITTED
                    ? new ImportResult(imp.createdCount, imp.updatedCount, imp.unchanged, imp.skippedCount) : null;
            ImportFailure failure = null;
            if (imp.status == ImportStatus.FAILED && imp.failureCode != null) {
                failure = new ImportFailure(imp.failureCode, message(locale, imp.failureCode,
                        imp.failureArgs == null ? null : imp.failureArgs.toString()));
            }
            List<ImportSheet> sheets = new ArrayList<>();
            if (imp.sheets != null) {
                for (var s : imp.sheets) {
                    String name = s.path("name").asText();
                    sheets.add(new ImportSheet(name, s.path("rows").asInt(), name.equals(imp.sheetName)));
                }
            }
            views.add(new ImportView(imp.id, imp.fileName, imp.fileSize, imp.format, imp.sheetName, sheets, imp.headerRow, imp.status,
                    columns, imp.defaultUnitId == null ? null : units.get(imp.defaultUnitId), progress, summary, imp.commitMode,
                    result, failure, earlier.get(imp.id), imp.createdAt, imp.createdBy, imp.updatedAt, imp.committedAt, imp.version));
        }
        return views;
    }

    /**
     * For each import, the latest other committed import of the very same file inside its own unit's
     * subtree (never another township's: the file name and the uploader are not theirs to see).
     */
    private Map<Long, EarlierImport> earlierImports(List<CensusImport> imports) {
        Map<Long, EarlierImport> out = new HashMap<>();
        if (imports.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct on (mine.id) mine.id, e.id, e.file_name, e.committed_at, e.created_by"
                        + " from volunteer_import mine join volunteer_import e on e.file_sha256 = mine.file_sha256 and e.id <> mine.id"
                        + " and e.status = 'COMMITTED' and (e.org_path = mine.org_path or e.org_path like mine.org_path || '.%')" // subtree-ok: row to row, both in scope
                        + " where mine.id in (?1) order by mine.id, e.id desc")
                .setParameter(1, imports.stream().map(i -> i.id).toList())
                .getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new EarlierImport(((Number) r[1]).longValue(), (String) r[2], toInstant(r[3]), (String) r[4]));
        }
        return out;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    private Map<Integer, JsonNode> columnsByIndex(CensusImport imp) {
        Map<Integer, JsonNode> out = new java.util.HashMap<>();
        for (JsonNode c : imp.columns) {
            out.put(c.get("index").asInt(), c);
        }
        return out;
    }

    /** A stored issue's text: arguments starting with "@" are message keys themselves (e.g. a gender). */
    private String message(Locale locale, String code, String argsJson) {
        Object[] args = new Object[0];
        if (argsJson != null) {
            try {
                JsonNode node = json.readTree(argsJson);
                args = new Object[node.size()];
                for (int i = 0; i < node.size(); i++) {
                    JsonNode a = node.get(i);
                    if (a.isNumber()) {
                        args[i] = a.numberValue();
                    } else if (a.asText().startsWith("@")) {
                        args[i] = new Localized.Text(a.asText().substring(1));
                    } else {
                        args[i] = a.asText();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Messages.text(locale, code, args);
    }

    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            s.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    private static String cleanFileName(String name) {
        if (name == null || name.isBlank()) {
            return "census";
        }
        // Control characters (NUL would fail the insert) and direction overrides ("xlsx.exe" shown as "exe.xlsx") dropped.
        String base = name.replaceAll("[\\p{Cc}\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]", "").replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            return "census";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
