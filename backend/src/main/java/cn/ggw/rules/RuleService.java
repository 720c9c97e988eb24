package cn.ggw.rules;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.RichText;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.rules.RuleDtos.AnswerCommentRequest;
import cn.ggw.rules.RuleDtos.CommentView;
import cn.ggw.rules.RuleDtos.ConsultationView;
import cn.ggw.rules.RuleDtos.CreateCommentRequest;
import cn.ggw.rules.RuleDtos.CreateRuleRequest;
import cn.ggw.rules.RuleDtos.DiffChange;
import cn.ggw.rules.RuleDtos.DiffRow;
import cn.ggw.rules.RuleDtos.DiffView;
import cn.ggw.rules.RuleDtos.Obligation;
import cn.ggw.rules.RuleDtos.PublishRuleVersionRequest;
import cn.ggw.rules.RuleDtos.RuleDetail;
import cn.ggw.rules.RuleDtos.RuleInForce;
import cn.ggw.rules.RuleDtos.RuleSummary;
import cn.ggw.rules.RuleDtos.Rulebook;
import cn.ggw.rules.RuleDtos.UpdateRuleVersionRequest;
import cn.ggw.rules.RuleDtos.VersionSummary;
import cn.ggw.rules.RuleDtos.VersionView;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rulebook (规章制度) of a unit and its versions: drafting, consultation with the units below (their
 * comments and the answers), publishing with an effective date (the version in force before it is then
 * superseded on that day), the rulebook in force for a unit on any day, and a clause-level diff.
 */
@ApplicationScoped
public class RuleService {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String RULE = "Rule";
    static final String VERSION = "RuleVersion";
    static final String COMMENT = "RuleComment";
    static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9\\-]{1,32}");

    @Inject
    EntityManager em;

    @Inject
    RuleAccess access;

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @Inject
    AuditLog audit;

    @Inject
    BulletinService bulletins;

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    // ---- reading -------------------------------------------------------------------------

    /** The rules a unit issues, each with its latest version and the one in force today. */
    public List<RuleSummary> list(Long ownerUnitId) {
        VisibleUnit owner = ownerUnitId == null ? hierarchy.requireVisible(caller.requireRoot().unitId(), "ownerUnitId")
                : hierarchy.findVisible(ownerUnitId).orElseThrow(() -> ProblemException.notFound("rules.unit.not-found"));
        List<Rule> rules = em.createQuery("from Rule where ownerPath = :path order by sortOrder, code", Rule.class)
                .setParameter("path", owner.orgPath()).getResultList();
        Map<Long, List<RuleVersion>> versions = versionsOf(rules.stream().map(r -> r.id).toList());
        LocalDate today = today();
        return rules.stream().map(r -> {
            List<RuleVersion> all = versions.getOrDefault(r.id, List.of());
            RuleVersion latest = all.get(0);
            RuleVersion inForce = all.stream().filter(v -> v.inForceOn(today)).findFirst().orElse(null);
            return new RuleSummary(r.id, r.code, r.sortOrder, owner.ref(), VersionSummary.of(latest),
                    inForce == null ? null : VersionSummary.of(inForce));
        }).toList();
    }

    public RuleDetail rule(long id) {
        Rule rule = readableRule(id);
        List<VersionSummary> versions = versionsOf(List.of(rule.id)).getOrDefault(rule.id, List.of()).stream()
                .map(VersionSummary::of).toList();
        return new RuleDetail(rule.id, rule.code, rule.sortOrder, access.owner(rule.ownerUnitId), access.canWrite(rule.ownerPath), versions);
    }

    public VersionView version(long id) {
        RuleVersion v = readableVersion(id);
        return viewOf(v, em.find(Rule.class, v.ruleId));
    }

    /** The rules in force for a unit on a day: its own, and those of the units above it that apply to its kind. */
    public Rulebook rulebook(long unitId, LocalDate on) {
        VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("rules.unit.not-found"));
        LocalDate day = on == null ? today() : on;
        List<Rule> rules = em.createQuery("from Rule where ownerPath in :paths", Rule.class)
                .setParameter("paths", RuleAccess.selfAndAncestors(unit.orgPath())).getResultList();
        Map<Long, Rule> byId = rules.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<RuleVersion> inForce = byId.isEmpty() ? List.of() : em.createQuery("from RuleVersion v where v.ruleId in :ids"
                        + " and v.status in (cn.ggw.rules.RuleVersionStatus.PUBLISHED, cn.ggw.rules.RuleVersionStatus.SUPERSEDED)"
                        + " and v.effectiveFrom <= :on and (v.effectiveTo is null or v.effectiveTo > :on)", RuleVersion.class)
                .setParameter("ids", byId.keySet()).setParameter("on", day).getResultList();
        Map<Long, OrgUnitRef> owners = access.owners(rules.stream().map(r -> r.ownerUnitId).collect(Collectors.toSet()));
        List<RuleInForce> book = inForce.stream()
                .filter(v -> byId.get(v.ruleId).ownerPath.equals(unit.orgPath()) || kinds(v.appliesTo).contains(unit.ref().kind()))
                .sorted(Comparator.comparing((RuleVersion v) -> byId.get(v.ruleId).ownerPath.length())
                        .thenComparing(v -> byId.get(v.ruleId).sortOrder).thenComparing(v -> byId.get(v.ruleId).code))
                .map(v -> {
                    Rule r = byId.get(v.ruleId);
                    return new RuleInForce(r.id, r.code, owners.get(r.ownerUnitId), v.id, v.number, v.title, v.category, v.body,
                            kinds(v.appliesTo), obligationOf(v), v.effectiveFrom);
                }).toList();
        return new Rulebook(unit.ref(), day, book);
    }

    /** Two versions of one rule side by side, clause by clause (earlier first, whichever order they are asked in). */
    public DiffView diff(long fromId, long toId) {
        RuleVersion a = readableVersion(fromId);
        RuleVersion b = readableVersion(toId);
        if (a.ruleId != b.ruleId) {
            throw ProblemException.invalid("to", "rules.diff.different-rules");
        }
        if (a.number > b.number) {
            RuleVersion t = a;
            a = b;
            b = t;
        }
        List<DiffRow> rows = RuleDiff.of(a.body.blocks(), b.body.blocks());
        return new DiffView(VersionSummary.of(a), VersionSummary.of(b), a.title.equals(b.title) ? null : a.title, rows,
                count(rows, DiffChange.ADDED), count(rows, DiffChange.REMOVED), count(rows, DiffChange.CHANGED));
    }

    /**
     * 征求意见 from below: the drafts under consultation that bind the caller's unit — issued by a unit above it,
     * applying to its kind — each with the version in force today (to compare with) and the comments of the
     * caller's subtree (the scope filter limits them) and how many were answered.
     */
    public List<ConsultationView> consultations() {
        CallerScope.ScopeRoot root = caller.requireRoot();
        OrgUnitRef me = hierarchy.ref(root.unitId());
        List<String> above = RuleAccess.selfAndAncestors(root.path()).stream().filter(p -> !p.equals(root.path())).toList();
        if (above.isEmpty()) {
            return List.of();
        }
        List<Rule> rules = em.createQuery("from Rule where ownerPath in :paths", Rule.class).setParameter("paths", above).getResultList();
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<Long, Rule> byId = rules.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, List<RuleVersion>> versions = versionsOf(byId.keySet().stream().toList());
        LocalDate today = today();
        List<RuleVersion> drafts = versions.values().stream().flatMap(List::stream)
                .filter(v -> v.status == RuleVersionStatus.CONSULTATION && kinds(v.appliesTo).contains(me.kind())).toList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!drafts.isEmpty()) {
            for (Object[] row : em.createQuery("select c.versionId, count(c), count(c.answeredAt) from RuleComment c where c.versionId in :v"
                    + " group by c.versionId", Object[].class).setParameter("v", drafts.stream().map(v -> v.id).toList()).getResultList()) {
                counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            }
        }
        Map<Long, OrgUnitRef> owners = access.owners(rules.stream().map(r -> r.ownerUnitId).collect(Collectors.toSet()));
        return drafts.stream()
                .sorted(Comparator.comparing((RuleVersion v) -> byId.get(v.ruleId).ownerPath.length())
                        .thenComparing(v -> byId.get(v.ruleId).sortOrder).thenComparing(v -> byId.get(v.ruleId).code))
                .map(v -> {
                    Rule r = byId.get(v.ruleId);
                    RuleVersion inForce = versions.get(r.id).stream().filter(x -> x.inForceOn(today)).findFirst().orElse(null);
                    long[] n = counts.getOrDefault(v.id, new long[2]);
                    return new ConsultationView(r.id, r.code, owners.get(r.ownerUnitId), VersionSummary.of(v),
                            inForce == null ? null : VersionSummary.of(inForce), n[0], n[1]);
                }).toList();
    }

    public List<CommentView> comments(long versionId) {
        RuleVersion v = readableVersion(versionId);
        List<RuleComment> rows = em.createQuery("from RuleComment where versionId = :v order by id", RuleComment.class)
                .setParameter("v", v.id).getResultList();
        Map<Long, OrgUnitRef> units = hierarchy.refs(rows.stream().map(c -> c.orgUnitId).collect(Collectors.toSet()));
        return rows.stream().map(c -> commentView(c, units.get(c.orgUnitId))).toList();
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public VersionView create(CreateRuleRequest request) {
        if (request == null) {
            throw ProblemException.invalid(null, "rules.body.required");
        }
        VisibleUnit owner = request.ownerUnitId() == null ? hierarchy.requireVisible(caller.requireRoot().unitId(), "ownerUnitId")
                : hierarchy.requireVisible(request.ownerUnitId(), "ownerUnitId");
        access.requireWrite(owner.orgPath(), "rules.unit.not-found");
        if (!owner.active()) {
            throw ProblemException.conflict("ownerUnitId", "unit.home.inactive");
        }
        String code = request.code() == null ? "" : request.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "rules.code.pattern");
        }
        if (em.createQuery("select count(r) from Rule r where r.ownerUnitId = :u and r.code = :c", Long.class)
                .setParameter("u", owner.ref().id()).setParameter("c", code).getSingleResult() > 0) {
            throw ProblemException.conflict("code", "rules.code.taken", code);
        }
        if (request.sortOrder() != null && (request.sortOrder() < 0 || request.sortOrder() > 10_000)) {
            throw ProblemException.invalid("sortOrder", "rules.sort.range");
        }
        Rule rule = new Rule();
        rule.ownerUnitId = owner.ref().id();
        rule.ownerPath = owner.orgPath();
        rule.code = code;
        rule.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
        rule.createdAt = Instant.now();
        rule.createdBy = caller.username();
        RuleVersion v = new RuleVersion();
        v.number = 1;
        v.status = RuleVersionStatus.DRAFT;
        fill(v, request.title(), request.category(), request.body(), request.appliesTo(), request.obligation(), null);
        em.persist(rule);
        v.ruleId = rule.id;
        v.ownerPath = rule.ownerPath;
        stamp(v, true);
        em.persist(v);
        em.flush();
        VersionView view = viewOf(v, rule);
        audit.record("CREATE", RULE, rule.id, rule.ownerPath, null, view);
        return view;
    }

    /** A new draft of a rule, copied from its latest version; one open draft per rule at a time. */
    @Transactional
    public VersionView newDraft(long ruleId) {
        Rule rule = lockedRule(ruleId);
        List<RuleVersion> all = versionsOf(List.of(rule.id)).get(rule.id);
        RuleVersion latest = all.get(0);
        if (latest.status.open()) {
            throw ProblemException.conflict(null, "rules.version.draft-exists", latest.number);
        }
        RuleVersion v = new RuleVersion();
        v.ruleId = rule.id;
        v.ownerPath = rule.ownerPath;
        v.number = latest.number + 1;
        v.status = RuleVersionStatus.DRAFT;
        v.title = latest.title;
        v.category = latest.category;
        v.body = latest.body;
        v.appliesTo = latest.appliesTo;
        v.obligationKind = latest.obligationKind;
        v.obligationFrequency = latest.obligationFrequency;
        v.obligationEvidence = latest.obligationEvidence;
        stamp(v, true);
        em.persist(v);
        em.flush();
        VersionView view = viewOf(v, rule);
        audit.record("DRAFT", VERSION, v.id, v.ownerPath, null, view);
        return view;
    }

    @Transactional
    public VersionView update(long versionId, UpdateRuleVersionRequest request) {
        RuleVersion v = writableVersion(versionId);
        if (!v.status.open()) {
            throw ProblemException.conflict(null, "rules.version.published", v.number);
        }
        checkVersion(request.version(), v);
        Rule rule = em.find(Rule.class, v.ruleId);
        VersionView before = viewOf(v, rule);
        fill(v, request.title(), request.category(), request.body(), request.appliesTo(), request.obligation(), request.changeNote());
        stamp(v, false);
        em.flush();
        VersionView after = viewOf(v, rule);
        audit.record("UPDATE", VERSION, v.id, v.ownerPath, before, after);
        return after;
    }

    /** 征求意见: the draft goes to the units below for their comments. */
    @Transactional
    public VersionView openConsultation(long versionId) {
        RuleVersion v = writableVersion(versionId);
        if (v.status != RuleVersionStatus.DRAFT) {
            throw ProblemException.conflict(null, "rules.version.not-draft", v.number);
        }
        v.status = RuleVersionStatus.CONSULTATION;
        stamp(v, false);
        em.flush();
        VersionView view = viewOf(v, em.find(Rule.class, v.ruleId));
        audit.record("CONSULT", VERSION, v.id, v.ownerPath, null, view);
        return view;
    }

    /**
     * Publishes a draft (or a version under consultation) in force from a day after the start of the version
     * in force now, which is superseded on that day. Optionally sends it down in a bulletin.
     */
    @Transactional
    public VersionView publish(long versionId, PublishRuleVersionRequest request) {
        RuleVersion v = writableVersion(versionId);
        Rule rule = lockedRule(v.ruleId);
        em.refresh(v);
        if (!v.status.open()) {
            throw ProblemException.conflict(null, "rules.version.published", v.number);
        }
        checkVersion(request.version(), v);
        LocalDate from = request.effectiveFrom();
        if (from == null) {
            throw ProblemException.invalid("effectiveFrom", "rules.effective.required");
        }
        if (from.isBefore(EARLIEST) || from.isAfter(today().plusYears(2))) {
            throw ProblemException.invalid("effectiveFrom", "rules.effective.range");
        }
        RuleVersion current = em.createQuery("from RuleVersion where ruleId = :r and status = cn.ggw.rules.RuleVersionStatus.PUBLISHED",
                RuleVersion.class).setParameter("r", rule.id).getResultStream().findFirst().orElse(null);
        if (current != null && !from.isAfter(current.effectiveFrom)) {
            throw ProblemException.invalid("effectiveFrom", "rules.effective.before-in-force", current.number,
                    current.effectiveFrom.toString());
        }
        if (current != null) {
            current.status = RuleVersionStatus.SUPERSEDED;
            current.effectiveTo = from;
            stamp(current, false);
        }
        v.status = RuleVersionStatus.PUBLISHED;
        v.effectiveFrom = from;
        v.publishedAt = Instant.now();
        v.publishedBy = caller.username();
        stamp(v, false);
        em.flush();
        VersionView view = viewOf(v, rule);
        audit.record("PUBLISH", VERSION, v.id, v.ownerPath, null, view);
        if (Boolean.TRUE.equals(request.announce())) {
            bulletins.announce(rule, v);
        }
        return view;
    }

    @Transactional
    public CommentView comment(long versionId, CreateCommentRequest request) {
        RuleVersion v = readableVersion(versionId);
        CallerScope.ScopeRoot root = caller.requireRoot();
        if (v.status != RuleVersionStatus.CONSULTATION) {
            throw ProblemException.conflict(null, "rules.comment.not-open", v.number);
        }
        if (!RuleAccess.binds(v.ownerPath, root.path()) || v.ownerPath.equals(root.path())) {
            throw ProblemException.forbidden("rules.comment.not-below");
        }
        String text = text(request == null ? null : request.text(), "text", 2000, true);
        String clause = text(request.clause(), "clause", RichText.MAX_NUMBER, false);
        if (clause != null && v.body.blocks().stream().noneMatch(b -> b.type() == RichText.BlockType.CLAUSE && clause.equals(b.number()))) {
            throw ProblemException.invalid("clause", "rules.comment.clause.unknown", clause, v.number);
        }
        RuleComment c = new RuleComment();
        c.clause = clause;
        c.versionId = v.id;
        c.orgUnitId = root.unitId();
        c.orgPath = root.path();
        c.text = text;
        c.createdAt = Instant.now();
        c.createdBy = caller.username();
        em.persist(c);
        em.flush();
        CommentView view = commentView(c, hierarchy.ref(root.unitId()));
        audit.record("COMMENT", COMMENT, c.id, c.orgPath, null, view);
        return view;
    }

    @Transactional
    public CommentView answer(long commentId, AnswerCommentRequest request) {
        RuleComment c = em.find(RuleComment.class, commentId);
        if (c == null) {
            throw ProblemException.notFound("rules.comment.not-found");
        }
        RuleVersion v = em.find(RuleVersion.class, c.versionId);
        access.requireWrite(v.ownerPath, "rules.comment.not-found");
        String answer = text(request == null ? null : request.answer(), "answer", 2000, true);
        c.answer = answer;
        c.answeredAt = Instant.now();
        c.answeredBy = caller.username();
        em.flush();
        CommentView view = commentView(c, hierarchy.ref(c.orgUnitId));
        audit.record("ANSWER", COMMENT, c.id, c.orgPath, null, view);
        return view;
    }

    // ---- helpers -------------------------------------------------------------------------

    Rule readableRule(long id) {
        Rule rule = em.find(Rule.class, id);
        if (rule == null) {
            throw ProblemException.notFound("rules.rule.not-found");
        }
        access.requireRead(rule.ownerPath, "rules.rule.not-found");
        return rule;
    }

    RuleVersion readableVersion(long id) {
        RuleVersion v = em.find(RuleVersion.class, id);
        if (v == null) {
            throw ProblemException.notFound("rules.version.not-found");
        }
        access.requireRead(v.ownerPath, "rules.version.not-found");
        return v;
    }

    RuleVersion writableVersion(long id) {
        RuleVersion v = em.find(RuleVersion.class, id);
        if (v == null) {
            throw ProblemException.notFound("rules.version.not-found");
        }
        access.requireWrite(v.ownerPath, "rules.version.not-found");
        return v;
    }

    /** The rule locked for the rest of the transaction: its versions change one request at a time. */
    Rule lockedRule(long id) {
        Rule rule = readableRule(id);
        access.requireWrite(rule.ownerPath, "rules.rule.not-found");
        em.lock(rule, LockModeType.PESSIMISTIC_WRITE);
        return rule;
    }

    /** Versions per rule, newest first. */
    Map<Long, List<RuleVersion>> versionsOf(List<Long> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from RuleVersion where ruleId in :ids order by number desc", RuleVersion.class)
                .setParameter("ids", ruleIds).getResultStream()
                .collect(Collectors.groupingBy(v -> v.ruleId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private void fill(RuleVersion v, String title, RuleCategory category, RichText body, List<OrgUnitKind> appliesTo,
                      Obligation obligation, String changeNote) {
        v.title = text(title, "title", 100, true);
        if (category == null) {
            throw ProblemException.invalid("category", "rules.category.required");
        }
        v.category = category;
        if (body == null) {
            throw ProblemException.invalid("body", "rules.body.required");
        }
        v.body = body.check("body");
        if (appliesTo == null || appliesTo.isEmpty() || appliesTo.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalid("appliesTo", "rules.applies.required");
        }
        v.appliesTo = EnumSet.copyOf(appliesTo).stream().map(Enum::name).collect(Collectors.joining(","));
        if (obligation != null) {
            if (obligation.kind() == null) {
                throw ProblemException.invalid("obligation.kind", "rules.obligation.kind.required");
            }
            if (obligation.frequency() == null) {
                throw ProblemException.invalid("obligation.frequency", "rules.obligation.frequency.required");
            }
            v.obligationKind = obligation.kind();
            v.obligationFrequency = obligation.frequency();
            v.obligationEvidence = text(obligation.evidence(), "obligation.evidence", 200, false);
        } else {
            v.obligationKind = null;
            v.obligationFrequency = null;
            v.obligationEvidence = null;
        }
        v.changeNote = text(changeNote, "changeNote", 500, false);
    }

    private void stamp(RuleVersion v, boolean created) {
        Instant now = Instant.now();
        if (created) {
            v.createdAt = now;
            v.createdBy = caller.username();
        }
        v.updatedAt = now;
        v.updatedBy = caller.username();
    }

    private static void checkVersion(Long sent, RuleVersion v) {
        if (sent == null) {
            throw ProblemException.invalid("version", "rules.version.lock.required");
        }
        if (sent != v.version) {
            throw ProblemException.conflict("version", "version.stale");
        }
    }

    /** Trimmed plain text of at most {@code max} characters with no control character but newline. */
    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, "rules.text.required");
            }
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw ProblemException.invalid(field, "rules.text.too-long", max);
        }
        if (t.chars().anyMatch(ch -> ch < 0x20 && ch != '\n')) {
            throw ProblemException.invalid(field, "rules.text.control");
        }
        return t;
    }

    static List<OrgUnitKind> kinds(String appliesTo) {
        return Arrays.stream(appliesTo.split(",")).filter(s -> !s.isBlank()).map(OrgUnitKind::valueOf).toList();
    }

    static Obligation obligationOf(RuleVersion v) {
        return v.obligationKind == null ? null : new Obligation(v.obligationKind, v.obligationFrequency, v.obligationEvidence);
    }

    VersionView viewOf(RuleVersion v, Rule rule) {
        return new VersionView(v.id, v.ruleId, rule.code, access.owner(rule.ownerUnitId), v.number, v.status, v.title, v.category, v.body,
                kinds(v.appliesTo), obligationOf(v), v.changeNote, v.effectiveFrom, v.effectiveTo, v.publishedAt, v.publishedBy,
                v.version, access.canWrite(v.ownerPath));
    }

    private static CommentView commentView(RuleComment c, OrgUnitRef unit) {
        return new CommentView(c.id, c.versionId, unit, c.clause, c.text, c.createdAt, c.createdBy, c.answer, c.answeredAt, c.answeredBy);
    }

    private static int count(List<DiffRow> rows, DiffChange change) {
        return (int) rows.stream().filter(r -> r.change() == change).count();
    }

    static Set<OrgUnitKind> kindSet(String appliesTo) {
        return EnumSet.copyOf(kinds(appliesTo));
    }
}
