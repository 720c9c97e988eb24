package cn.ggw.rules;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.figures.FigureFreshness;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.rules.InspectionDtos.CreateInspectionRequest;
import cn.ggw.rules.InspectionDtos.FinaliseRequest;
import cn.ggw.rules.InspectionDtos.InspectionSummary;
import cn.ggw.rules.InspectionDtos.InspectionView;
import cn.ggw.rules.InspectionDtos.ScoreRequest;
import cn.ggw.rules.InspectionDtos.ScoreView;
import cn.ggw.rules.InspectionDtos.SheetRow;
import cn.ggw.rules.InspectionDtos.UnitResult;
import cn.ggw.rules.InspectionDtos.UnitSheet;
import cn.ggw.rules.ObligationLedger.Tally;
import cn.ggw.rules.ObligationLedger.UnitRow;
import cn.ggw.security.CallerScope;
import cn.ggw.security.ScopeFilter;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 年终检查: a unit (the district, or a township for its own units) opens a round for a year, scores each unit
 * below it rule by rule on its scale with findings, sees the evidence counts and receipts beside the scores,
 * ranks the units and finalises the round, after which nothing in it changes.
 */
@ApplicationScoped
public class InspectionService {

    static final String ROUND = "InspectionRound";
    static final String SCORE = "InspectionScore";
    static final double SHORTFALL_BELOW = 0.6;

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RuleAccess access;

    @Inject
    HierarchyService hierarchy;

    @Inject
    ObligationLedger ledger;

    @Inject
    AuditLog audit;

    @Inject
    FigureFreshness freshness;

    /** What a round's view is computed from: the rules' line (V18) and the round's own rows (V26). */
    static final Set<String> VIEW_TABLES = tables();

    private static Set<String> tables() {
        Set<String> tables = new java.util.HashSet<>(WorkLine.RULES.tables());
        tables.add("inspection_round");
        tables.add("inspection_score");
        return Set.copyOf(tables);
    }

    // ---- rounds ----------------------------------------------------------------------------

    @Transactional
    public InspectionSummary open(CreateInspectionRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        access.requireWrite(root.path(), "rules.unit.not-found");
        int thisYear = RuleService.today().getYear();
        if (request.year() == null || request.year() < RuleService.EARLIEST.getYear() || request.year() > thisYear) {
            throw ProblemException.invalid("year", "rules.year.range", thisYear);
        }
        if (request.maxScore() == null || request.maxScore() < 1 || request.maxScore() > 100) {
            throw ProblemException.invalid("maxScore", "rules.inspection.scale.range");
        }
        if (em.createQuery("select count(r) from InspectionRound r where r.ownerUnitId = :u and r.year = :y", Long.class)
                .setParameter("u", root.unitId()).setParameter("y", request.year()).getSingleResult() > 0) {
            throw ProblemException.conflict("year", "rules.inspection.exists", request.year());
        }
        InspectionRound r = new InspectionRound();
        r.ownerUnitId = root.unitId();
        r.ownerPath = root.path();
        r.year = request.year();
        String title = RuleService.text(request.title(), "title", 200, false);
        r.title = title != null ? title : request.year() + "年度规章制度执行情况年终检查";
        r.maxScore = request.maxScore();
        r.status = InspectionRound.Status.OPEN;
        r.createdAt = Instant.now();
        r.createdBy = caller.username();
        em.persist(r);
        em.flush();
        InspectionSummary view = summaryOf(r);
        audit.record("CREATE", ROUND, r.id, r.ownerPath, null, view);
        return view;
    }

    /** Rounds the caller may read: of its own unit, of units above it (its own results) and of units below it. */
    public List<InspectionSummary> list() {
        String path = caller.requireRoot().path();
        Subtree mine = Subtree.of(path);
        var q = em.createQuery("from InspectionRound r where (r.ownerPath in :above or " + mine.jpql("r.ownerPath", "scope")
                + ") order by r.year desc, r.id desc", InspectionRound.class).setParameter("above", RuleAccess.selfAndAncestors(path));
        return mine.bind(q, "scope").getResultList().stream().map(this::summaryOf).toList();
    }

    /**
     * A round with every unit the caller may see below its owner, ranked. The district reads it far more often than
     * it scores: the view of each round, part shown and reference day is kept until the next committed write to a
     * table it reads (FigureFreshness), the same for every caller who is shown that part. The stamp is read before the
     * round, so a score committed meanwhile is never hidden behind a kept view.
     */
    public InspectionView get(long id) {
        long stamp = freshness.stamps().of(VIEW_TABLES);
        InspectionRound r = readable(id);
        Subtree shown = shownSubtree(r);
        // The ranked units only: the round's summary says whether this caller may still score (writable).
        List<UnitResult> ranked = freshness.get(new ViewKey(r.id, shown.path(), referenceDay(r)), stamp, () -> ranked(r, shown),
                units -> 512L + 640L * units.size());
        return new InspectionView(summaryOf(r), ranked);
    }

    private record ViewKey(long roundId, String shownPath, LocalDate referenceDay) {
    }

    private List<UnitResult> ranked(InspectionRound r, Subtree shown) {
        List<UnitRow> shownUnits = ledger.units(shown);
        List<UnitRow> units = shownUnits.stream().filter(u -> !u.path().equals(r.ownerPath)).toList();
        Map<Long, List<RuleVersion>> applicable = applicable(r, shown, units);
        // Only unit, rule and score are read: a projection, not ~3,000 managed entities for a district's round.
        Map<Long, List<ScoreRow>> scores = scoreRows(r.id).stream().collect(Collectors.groupingBy(ScoreRow::unitId));
        LocalDate from = LocalDate.of(r.year, 1, 1);
        LocalDate to = referenceDay(r);
        Map<Long, List<Tally>> tallies = ObligationLedger.tally(shownUnits, ledger.rules(shown), ledger.recordedMonths(shown, from, to), from, to)
                .stream().collect(Collectors.groupingBy(Tally::unitId));
        Map<Long, long[]> receipts = receipts(shown, r.year);
        Map<Long, String> codes = ruleCodes(applicable);
        List<UnitResult> results = new ArrayList<>();
        for (UnitRow u : units) {
            List<ScoreRow> own = scores.getOrDefault(u.id(), List.of());
            int total = own.stream().mapToInt(ScoreRow::score).sum();
            int maxTotal = own.size() * r.maxScore;
            Double share = maxTotal == 0 ? null : (double) total / maxTotal;
            boolean shortfall = share != null && share < SHORTFALL_BELOW;
            List<String> weakest = shortfall ? own.stream().sorted(Comparator.comparingInt(ScoreRow::score)).limit(3)
                    .map(s -> codes.getOrDefault(s.ruleId(), String.valueOf(s.ruleId()))).toList() : List.of();
            List<Tally> t = tallies.getOrDefault(u.id(), List.of());
            long[] rc = receipts.getOrDefault(u.id(), new long[2]);
            results.add(new UnitResult(new OrgUnitRef(u.id(), null, u.name(), u.kind()), 0, own.size(),
                    applicable.getOrDefault(u.id(), List.of()).size(), total, maxTotal, share,
                    t.stream().mapToInt(Tally::due).sum(), t.stream().mapToInt(Tally::met).sum(), rc[0], rc[1], shortfall, weakest));
        }
        Map<Long, OrgUnitRef> refs = hierarchy.refs(units.stream().map(UnitRow::id).toList());
        results.sort(Comparator.comparing((UnitResult x) -> x.scoreShare() == null ? -1 : x.scoreShare()).reversed()
                .thenComparing(x -> x.unit().name()));
        List<UnitResult> ranked = new ArrayList<>();
        int rank = 0;
        Double previous = Double.NaN;
        for (int i = 0; i < results.size(); i++) {
            UnitResult x = results.get(i);
            if (!java.util.Objects.equals(x.scoreShare(), previous)) {
                rank = i + 1;
                previous = x.scoreShare();
            }
            ranked.add(new UnitResult(refs.getOrDefault(x.unit().id(), x.unit()), x.scoreShare() == null ? 0 : rank, x.rulesScored(),
                    x.rulesApplicable(), x.totalScore(), x.maxTotal(), x.scoreShare(), x.obligationsDue(), x.obligationsMet(),
                    x.bulletinsReceived(), x.bulletinsAcknowledged(), x.shortfall(), x.weakestRules()));
        }
        return List.copyOf(ranked);
    }

    /** A round's download: the file name and the workbook. */
    public record Workbook(String fileName, byte[] bytes) {
    }

    /** The round as the caller sees it ({@link #get}), as a workbook: units × rules with their scores, totals and rank. */
    public Workbook workbook(long id, java.util.Locale locale) {
        InspectionView view = get(id);
        InspectionRound r = readable(id);
        Subtree shown = shownSubtree(r);
        List<UnitRow> units = ledger.units(shown).stream().filter(u -> !u.path().equals(r.ownerPath)).toList();
        Map<Long, List<RuleVersion>> applicable = applicable(r, shown, units);
        Map<Long, String> codes = ruleCodes(applicable);
        Map<Long, InspectionWorkbook.RuleColumn> columns = new java.util.LinkedHashMap<>();
        applicable.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((RuleVersion v) -> codes.getOrDefault(v.ruleId, "")))
                .forEach(v -> columns.putIfAbsent(v.ruleId, new InspectionWorkbook.RuleColumn(v.ruleId, codes.getOrDefault(v.ruleId, ""), v.title)));
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (InspectionScore s : scores(r.id, null)) {
            scores.computeIfAbsent(s.orgUnitId, k -> new HashMap<>()).put(s.ruleId, s.score);
        }
        Map<Long, java.util.Set<Long>> applies = new HashMap<>();
        applicable.forEach((unit, versions) -> applies.put(unit, versions.stream().map(v -> v.ruleId).collect(Collectors.toSet())));
        byte[] bytes = InspectionWorkbook.write(view, List.copyOf(columns.values()), scores, applies, locale);
        return new Workbook(r.title + ".xlsx", bytes);
    }

    /** One unit in a round, rule by rule: due, met, missing, score and findings. */
    public UnitSheet sheet(long id, long unitId) {
        InspectionRound r = readable(id);
        VisibleUnit unit = unitOf(r, unitId, false);
        Subtree self = Subtree.of(unit.orgPath());
        UnitRow row = new UnitRow(unit.ref().id(), unit.orgPath(), unit.ref().kind(), unit.ref().name());
        List<RuleVersion> rules = applicable(r, self, List.of(row)).getOrDefault(unit.ref().id(), List.of());
        Map<Long, Tally> tallies = tallies(r, self).stream().collect(Collectors.toMap(Tally::ruleId, Function.identity(), (a, b) -> a));
        Map<Long, InspectionScore> scores = scores(r.id, unit.ref().id()).stream()
                .collect(Collectors.toMap(s -> s.ruleId, Function.identity()));
        Map<Long, String> codes = ruleCodes(Map.of(unit.ref().id(), rules));
        List<SheetRow> rows = rules.stream().map(v -> {
            Tally t = tallies.get(v.ruleId);
            InspectionScore s = scores.get(v.ruleId);
            return new SheetRow(v.ruleId, codes.get(v.ruleId), v.title, t == null ? 0 : t.due(), t == null ? 0 : t.met(),
                    t == null ? List.of() : t.missing(), s == null ? null : s.score, s == null ? null : s.findings);
        }).toList();
        return new UnitSheet(summaryOf(r), unit.ref(), rows);
    }

    @Transactional
    public ScoreView score(long id, ScoreRequest request) {
        InspectionRound r = writable(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.status == InspectionRound.Status.FINAL) {
            throw ProblemException.conflict(null, "rules.inspection.final", r.year);
        }
        if (request.unitId() == null) {
            throw ProblemException.invalid("unitId", "rules.inspection.unit.outside");
        }
        VisibleUnit unit = unitOf(r, request.unitId(), true);
        if (request.ruleId() == null) {
            throw ProblemException.invalid("ruleId", "rules.inspection.rule.not-applicable");
        }
        UnitRow row = new UnitRow(unit.ref().id(), unit.orgPath(), unit.ref().kind(), unit.ref().name());
        boolean applies = applicable(r, Subtree.of(unit.orgPath()), List.of(row)).getOrDefault(unit.ref().id(), List.of()).stream()
                .anyMatch(v -> v.ruleId == request.ruleId());
        if (!applies) {
            throw ProblemException.invalid("ruleId", "rules.inspection.rule.not-applicable");
        }
        if (request.score() == null || request.score() < 0 || request.score() > r.maxScore) {
            throw ProblemException.invalid("score", "rules.inspection.score.range", r.maxScore);
        }
        InspectionScore s = scores(r.id, unit.ref().id()).stream().filter(x -> x.ruleId == request.ruleId()).findFirst().orElse(null);
        ScoreView before = s == null ? null : scoreView(s, unit.ref());
        if (s == null) {
            s = new InspectionScore();
            s.roundId = r.id;
            s.orgUnitId = unit.ref().id();
            s.orgPath = unit.orgPath();
            s.ruleId = request.ruleId();
        }
        s.score = request.score();
        s.findings = RuleService.text(request.findings(), "findings", 2000, false);
        s.scoredAt = Instant.now();
        s.scoredBy = caller.username();
        if (s.id == null) {
            em.persist(s);
        }
        em.flush();
        ScoreView after = scoreView(s, unit.ref());
        audit.record(before == null ? "CREATE" : "UPDATE", SCORE, s.id, s.orgPath, before, after);
        return after;
    }

    @Transactional
    public InspectionSummary finalise(long id, FinaliseRequest request) {
        InspectionRound r = writable(id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.status == InspectionRound.Status.FINAL) {
            throw ProblemException.conflict(null, "rules.inspection.final", r.year);
        }
        if (request.version() == null) {
            throw ProblemException.invalid("version", "rules.version.lock.required");
        }
        if (request.version() != r.version) {
            throw ProblemException.conflict("version", "version.stale");
        }
        r.status = InspectionRound.Status.FINAL;
        r.finalisedAt = Instant.now();
        r.finalisedBy = caller.username();
        em.flush();
        InspectionSummary view = summaryOf(r);
        audit.record("FINALISE", ROUND, r.id, r.ownerPath, null, view);
        return view;
    }

    // ---- helpers ---------------------------------------------------------------------------

    InspectionRound readable(long id) {
        InspectionRound r = em.find(InspectionRound.class, id);
        if (r == null) {
            throw ProblemException.notFound("rules.inspection.not-found");
        }
        access.requireRead(r.ownerPath, "rules.inspection.not-found");
        return r;
    }

    InspectionRound writable(long id) {
        InspectionRound r = readable(id);
        access.requireWrite(r.ownerPath, "rules.inspection.not-found");
        return r;
    }

    /** A unit strictly below the round's owner that the caller may see (and, for a write, change): 400 otherwise. */
    private VisibleUnit unitOf(InspectionRound r, long unitId, boolean write) {
        VisibleUnit unit = hierarchy.findVisible(unitId).orElse(null);
        if (unit == null || !RuleAccess.binds(r.ownerPath, unit.orgPath()) || unit.orgPath().equals(r.ownerPath)
                || (write && !caller.covers(unit.orgPath()))) {
            if (write) {
                throw ProblemException.invalid("unitId", "rules.inspection.unit.outside");
            }
            throw ProblemException.notFound("rules.unit.not-found");
        }
        return unit;
    }

    /** The part of the round the caller sees: the owner's subtree, or the caller's own part of it. */
    private Subtree shownSubtree(InspectionRound r) {
        String mine = caller.requireRoot().path();
        return ScopeFilter.covers(mine, r.ownerPath) ? Subtree.of(r.ownerPath) : Subtree.of(mine);
    }

    private LocalDate referenceDay(InspectionRound r) {
        LocalDate today = RuleService.today();
        return r.year == today.getYear() ? today : LocalDate.of(r.year, 12, 31);
    }

    private List<Tally> tallies(InspectionRound r, Subtree subtree) {
        return ledger.tally(subtree, LocalDate.of(r.year, 1, 1), referenceDay(r));
    }

    /** The rules in force on the round's reference day that apply to each unit (owned above it, for its kind). */
    private Map<Long, List<RuleVersion>> applicable(InspectionRound r, Subtree shown, List<UnitRow> units) {
        LocalDate day = referenceDay(r);
        var q = em.createQuery("from Rule r where r.ownerPath in :above or " + shown.jpql("r.ownerPath", "scope"), Rule.class)
                .setParameter("above", RuleAccess.selfAndAncestors(shown.path()));
        Map<Long, Rule> rules = shown.bind(q, "scope").getResultStream().collect(Collectors.toMap(x -> x.id, Function.identity()));
        if (rules.isEmpty()) {
            return Map.of();
        }
        List<RuleVersion> inForce = em.createQuery("from RuleVersion v where v.ruleId in :ids"
                        + " and v.status in (cn.ggw.rules.RuleVersionStatus.PUBLISHED, cn.ggw.rules.RuleVersionStatus.SUPERSEDED)"
                        + " and v.effectiveFrom <= :on and (v.effectiveTo is null or v.effectiveTo > :on)", RuleVersion.class)
                .setParameter("ids", rules.keySet()).setParameter("on", day).getResultList();
        inForce.sort(Comparator.comparing((RuleVersion v) -> rules.get(v.ruleId).sortOrder).thenComparing(v -> rules.get(v.ruleId).code));
        Map<Long, List<RuleVersion>> byUnit = new HashMap<>();
        for (UnitRow u : units) {
            List<RuleVersion> list = inForce.stream().filter(v -> RuleAccess.binds(rules.get(v.ruleId).ownerPath, u.path())
                    && !rules.get(v.ruleId).ownerPath.equals(u.path()) && RuleService.kinds(v.appliesTo).contains(u.kind())).toList();
            byUnit.put(u.id(), list);
        }
        return byUnit;
    }

    private Map<Long, String> ruleCodes(Map<Long, List<RuleVersion>> applicable) {
        List<Long> ids = applicable.values().stream().flatMap(List::stream).map(v -> v.ruleId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Rule where id in :ids", Rule.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(x -> x.id, x -> x.code));
    }

    private record ScoreRow(long unitId, long ruleId, int score) {
    }

    /** A round's scores as (unit, rule, score); an entity query, so the scope filter keeps those of the caller's part. */
    private List<ScoreRow> scoreRows(long roundId) {
        return em.createQuery("select s.orgUnitId, s.ruleId, s.score from InspectionScore s where s.roundId = :r", Object[].class)
                .setParameter("r", roundId).getResultStream()
                .map(x -> new ScoreRow((Long) x[0], (Long) x[1], (Integer) x[2])).toList();
    }

    /** Scores of a round (the scope filter keeps those of the caller's part), optionally of one unit. */
    private List<InspectionScore> scores(long roundId, Long unitId) {
        return em.createQuery("from InspectionScore where roundId = :r and (:u is null or orgUnitId = :u)", InspectionScore.class)
                .setParameter("r", roundId).setParameter("u", unitId).getResultList();
    }

    /** Per unit: receipts of the bulletins sent in the year, and how many were acknowledged. */
    @SuppressWarnings("unchecked")
    private Map<Long, long[]> receipts(Subtree subtree, int year) {
        List<Object[]> rows = subtree.bind(em.createNativeQuery("select r.org_unit_id, count(*), count(r.acknowledged_at)"
                + " from bulletin_receipt r join bulletin b on b.id = r.bulletin_id where " + subtree.sql("r.org_path", 1)
                + " and b.year = ?3 group by r.org_unit_id"), 1).setParameter(3, year).getResultList();
        Map<Long, long[]> map = new HashMap<>();
        for (Object[] row : rows) {
            map.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return map;
    }

    private InspectionSummary summaryOf(InspectionRound r) {
        return new InspectionSummary(r.id, access.owner(r.ownerUnitId), r.year, r.title, r.maxScore, r.status, r.finalisedAt,
                r.finalisedBy, r.version, r.status == InspectionRound.Status.OPEN && access.canWrite(r.ownerPath));
    }

    private static ScoreView scoreView(InspectionScore s, OrgUnitRef unit) {
        return new ScoreView(s.roundId, unit, s.ruleId, s.score, s.findings, s.scoredAt, s.scoredBy);
    }
}
