package cn.ggw.rules;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.figures.FigureFreshness;
import cn.ggw.figures.WorkLine;
import cn.ggw.files.FileKind;
import cn.ggw.files.FileOwner;
import cn.ggw.files.FileService;
import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.rules.EvidenceDtos.EvidenceView;
import cn.ggw.rules.EvidenceDtos.RecordEvidenceRequest;
import cn.ggw.rules.EvidenceDtos.RuleCompliance;
import cn.ggw.rules.EvidenceDtos.UnitCompliance;
import cn.ggw.rules.ObligationLedger.RuleRow;
import cn.ggw.rules.ObligationLedger.Tally;
import cn.ggw.rules.ObligationLedger.UnitRow;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Evidence for the rules' obligations, recorded by a unit for itself (a meeting on a day, with photos), and compliance. */
@ApplicationScoped
public class EvidenceService {

    static final String EVIDENCE = "RuleEvidence";
    static final String FILE_OWNER = "rule-evidence";

    @Inject
    FigureFreshness freshness;

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @Inject
    FileService files;

    @Inject
    ObligationLedger ledger;

    @Inject
    AuditLog audit;

    @Transactional
    public EvidenceView record(RecordEvidenceRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        long unitId = request.unitId() == null ? root.unitId() : request.unitId();
        VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("rules.unit.not-found"));
        caller.requireCovers(unit.orgPath(), "rules.unit.not-found");
        if (!unit.active()) {
            throw ProblemException.conflict("unitId", "unit.home.inactive");
        }
        if (request.ruleId() == null) {
            throw ProblemException.invalid("ruleId", "rules.evidence.rule.required");
        }
        LocalDate heldOn = request.heldOn();
        if (heldOn == null) {
            throw ProblemException.invalid("heldOn", "rules.evidence.date.required");
        }
        if (heldOn.isAfter(RuleService.today())) {
            throw ProblemException.invalid("heldOn", "rules.evidence.date.future");
        }
        if (heldOn.isBefore(RuleService.EARLIEST)) {
            throw ProblemException.invalid("heldOn", "rules.evidence.date.too-early");
        }
        Rule rule = em.find(Rule.class, request.ruleId());
        if (rule == null || !RuleAccess.binds(rule.ownerPath, unit.orgPath())) {
            throw ProblemException.invalid("ruleId", "rules.evidence.rule.not-applicable");
        }
        RuleVersion inForce = em.createQuery("from RuleVersion v where v.ruleId = :r and v.status in"
                        + " (cn.ggw.rules.RuleVersionStatus.PUBLISHED, cn.ggw.rules.RuleVersionStatus.SUPERSEDED)"
                        + " and v.effectiveFrom <= :d and (v.effectiveTo is null or v.effectiveTo > :d)", RuleVersion.class)
                .setParameter("r", rule.id).setParameter("d", heldOn).getResultStream().findFirst().orElse(null);
        if (inForce == null || inForce.obligationKind == null) {
            throw ProblemException.invalid("ruleId", "rules.evidence.no-obligation", heldOn.toString());
        }
        RuleEvidence e = new RuleEvidence();
        e.ruleId = rule.id;
        e.orgUnitId = unit.ref().id();
        e.orgPath = unit.orgPath();
        e.heldOn = heldOn;
        String title = RuleService.text(request.title(), "title", 200, false);
        e.title = title != null ? title : inForce.title + "（" + heldOn + "）";
        e.attendees = RuleService.text(request.attendees(), "attendees", 2000, false);
        e.topics = RuleService.text(request.topics(), "topics", 4000, false);
        e.decisions = RuleService.text(request.decisions(), "decisions", 4000, false);
        e.createdAt = Instant.now();
        e.createdBy = caller.username();
        em.persist(e);
        em.flush();
        List<StoredFileView> photos = request.photoIds() == null || request.photoIds().isEmpty() ? List.of()
                : files.attach(request.photoIds(), new FileOwner(FILE_OWNER, e.id), e.orgPath, FileKind.IMAGES);
        EvidenceView view = viewOf(e, rule.code, unit.ref(), photos);
        audit.record("CREATE", EVIDENCE, e.id, e.orgPath, null, view);
        return view;
    }

    public EvidenceView get(long id) {
        RuleEvidence e = em.find(RuleEvidence.class, id);
        if (e == null) {
            throw ProblemException.notFound("rules.evidence.not-found");
        }
        return viewOf(e, em.find(Rule.class, e.ruleId).code, hierarchy.ref(e.orgUnitId), files.ownedBy(new FileOwner(FILE_OWNER, e.id)));
    }

    /** Newest first; within the caller's scope (scope filter), optionally one unit's subtree and one rule. */
    public Page<EvidenceView> list(Long unitId, Long ruleId, LocalDate from, LocalDate to, int limit, String cursor) {
        long[] after = Cursors.decodePair(cursor);
        Subtree within = null;
        if (unitId != null) {
            within = Subtree.of(hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("rules.unit.not-found")).orgPath());
        }
        String jpql = "from RuleEvidence e where (:rule is null or e.ruleId = :rule)"
                + " and (cast(:from as date) is null or e.heldOn >= :from) and (cast(:to as date) is null or e.heldOn <= :to)"
                + (within == null ? "" : " and " + within.jpql("e.orgPath", "unit"))
                + (after == null ? "" : " and (e.heldOn < :afterDay or (e.heldOn = :afterDay and e.id < :afterId))")
                + " order by e.heldOn desc, e.id desc";
        var q = em.createQuery(jpql, RuleEvidence.class).setParameter("rule", ruleId).setParameter("from", from).setParameter("to", to);
        if (within != null) {
            within.bind(q, "unit");
        }
        if (after != null) {
            q.setParameter("afterDay", LocalDate.ofEpochDay(after[0])).setParameter("afterId", after[1]);
        }
        List<RuleEvidence> rows = q.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<RuleEvidence> page = rows.stream().limit(limit).toList();
        Map<Long, OrgUnitRef> units = hierarchy.refs(page.stream().map(e -> e.orgUnitId).collect(Collectors.toSet()));
        Map<Long, String> codes = page.isEmpty() ? Map.of() : em.createQuery("from Rule where id in :ids", Rule.class)
                .setParameter("ids", page.stream().map(e -> e.ruleId).collect(Collectors.toSet())).getResultStream()
                .collect(Collectors.toMap(r -> r.id, r -> r.code));
        List<EvidenceView> items = page.stream().map(e -> viewOf(e, codes.get(e.ruleId), units.get(e.orgUnitId),
                files.ownedBy(new FileOwner(FILE_OWNER, e.id)))).toList();
        RuleEvidence last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(items, more ? Cursors.encode(last.heldOn.toEpochDay() + "," + last.id) : null);
    }

    /**
     * A unit's obligations in a year: the periods that ended by today, met or missing, rule by rule. Kept until the
     * next committed write to a table of the rules' line (FigureFreshness; the stamp is read first), per unit, year
     * and day: a township's clerks open it far more often than meetings are recorded.
     */
    public UnitCompliance compliance(long unitId, int year) {
        long stamp = freshness.stamps().of(WorkLine.RULES.tables());
        VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("rules.unit.not-found"));
        LocalDate today = RuleService.today();
        if (year < RuleService.EARLIEST.getYear() || year > today.getYear()) {
            throw ProblemException.invalid("year", "rules.year.range", today.getYear());
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return freshness.get(new ComplianceKey(unit.ref().id(), year, to), stamp, () -> compliance(unit, year, from, to),
                c -> 512L + 256L * c.rules().size());
    }

    private record ComplianceKey(long unitId, int year, LocalDate to) {
    }

    private UnitCompliance compliance(VisibleUnit unit, int year, LocalDate from, LocalDate to) {
        Subtree self = Subtree.of(unit.orgPath());
        UnitRow row = new UnitRow(unit.ref().id(), unit.orgPath(), unit.ref().kind(), unit.ref().name());
        List<RuleRow> rules = ledger.rules(self);
        Map<Long, RuleRow> byId = rules.stream().collect(Collectors.toMap(RuleRow::id, Function.identity()));
        List<Tally> tallies = ObligationLedger.tally(List.of(row), rules, ledger.recordedMonths(self, from, to), from, to);
        List<RuleCompliance> items = tallies.stream().map(t -> new RuleCompliance(t.ruleId(), byId.get(t.ruleId()).code(),
                byId.get(t.ruleId()).title(), t.kind(), t.frequency(), t.due(), t.met(), t.missing())).toList();
        return new UnitCompliance(unit.ref(), year, items.stream().mapToInt(RuleCompliance::due).sum(),
                items.stream().mapToInt(RuleCompliance::met).sum(), items);
    }

    private static EvidenceView viewOf(RuleEvidence e, String code, OrgUnitRef unit, List<StoredFileView> photos) {
        return new EvidenceView(e.id, e.ruleId, code, unit, e.heldOn, e.title, e.attendees, e.topics, e.decisions, photos,
                e.createdAt, e.createdBy);
    }
}
