package cn.ggw.rules;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.RichText;
import cn.ggw.files.FileDownload;
import cn.ggw.files.FileKind;
import cn.ggw.files.FileOwner;
import cn.ggw.files.FileService;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.rules.BulletinDtos.BulletinSummary;
import cn.ggw.rules.BulletinDtos.BulletinView;
import cn.ggw.rules.BulletinDtos.Box;
import cn.ggw.rules.BulletinDtos.OwnReceipt;
import cn.ggw.rules.BulletinDtos.ReceiptFilter;
import cn.ggw.rules.BulletinDtos.ReceiptView;
import cn.ggw.rules.BulletinDtos.Recipients;
import cn.ggw.rules.BulletinDtos.RemindersView;
import cn.ggw.rules.BulletinDtos.SendBulletinRequest;
import cn.ggw.security.CallerScope;
import cn.ggw.security.ScopeFilter;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 《情况反映》 bulletins: numbered per sender and year, sent to units strictly below the sender (never outside
 * the sender's subtree), one receipt per recipient unit in the same transaction; recipients acknowledge once;
 * the sender sees who has not and reminds them.
 */
@ApplicationScoped
public class BulletinService {

    static final String BULLETIN = "Bulletin";
    static final String RECEIPT = "BulletinReceipt";
    /** The owner type of a bulletin's attachments in the file store. */
    static final String FILE_OWNER = "bulletin";

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RuleAccess access;

    @Inject
    HierarchyService hierarchy;

    @Inject
    AuditLog audit;

    @Inject
    FileService files;

    // ---- sending -------------------------------------------------------------------------

    @Transactional
    public BulletinView send(SendBulletinRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        String title = RuleService.text(request.title(), "title", 200, true);
        if (request.body() == null) {
            throw ProblemException.invalid("body", "rules.body.required");
        }
        RichText body = request.body().check("body");
        if (request.ruleVersionId() != null) {
            RuleVersion v = em.find(RuleVersion.class, request.ruleVersionId());
            if (v == null || !access.canRead(v.ownerPath) || v.status.open()) {
                throw ProblemException.invalid("ruleVersionId", "rules.bulletin.version.unknown");
            }
        }
        Recipients recipients = request.recipients();
        if (recipients == null) {
            throw ProblemException.invalid("recipients", "rules.bulletin.no-recipients");
        }
        Bulletin b = persist(root.unitId(), root.path(), title, body, request.ruleVersionId());
        int count = addRecipients(b, recipients);
        if (count == 0) {
            throw ProblemException.invalid("recipients", "rules.bulletin.no-recipients");
        }
        b.recipientCount = count;
        // The attachments take the sender's path; recipients read them through the bulletin (attachment()).
        files.attach(request.fileIds(), owner(b.id), b.ownerPath, FileKind.ANY);
        em.flush();
        BulletinView view = view(b);
        audit.record("SEND", BULLETIN, b.id, b.ownerPath, null, view.summary());
        return view;
    }

    /** Publishing a rule version with announce: a bulletin from the rule's owner to every unit below it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Rule rule, RuleVersion v) {
        RichText body = new RichText(new ArrayList<>(List.of(RichText.Block.paragraph(
                "《" + v.title + "》（第" + v.number + "版）自" + v.effectiveFrom + "起施行，请认真贯彻执行，制度上墙。"))));
        body.blocks().addAll(v.body.blocks());
        Bulletin b = persist(rule.ownerUnitId, rule.ownerPath, "关于印发《" + v.title + "》的通知", new RichText(List.copyOf(body.blocks())), v.id);
        b.recipientCount = addRecipients(b, new Recipients(null, null, null));
        em.flush();
        audit.record("SEND", BULLETIN, b.id, b.ownerPath, null, summaryOf(b, Map.of()));
    }

    private Bulletin persist(long senderUnitId, String senderPath, String title, RichText body, Long versionId) {
        int year = RuleService.today().getYear();
        // Issue numbers are per sender and year: one sender numbers one bulletin at a time.
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) l").setParameter(1, 7007).setParameter(2, (int) senderUnitId).getSingleResult();
        Number max = (Number) em.createQuery("select max(b.issueNo) from Bulletin b where b.senderUnitId = :s and b.year = :y")
                .setParameter("s", senderUnitId).setParameter("y", year).getSingleResult();
        Bulletin b = new Bulletin();
        b.senderUnitId = senderUnitId;
        b.ownerPath = senderPath;
        b.year = year;
        b.issueNo = max == null ? 1 : max.intValue() + 1;
        b.title = title;
        b.body = body;
        b.ruleVersionId = versionId;
        b.sentAt = Instant.now();
        b.sentBy = caller.username();
        em.persist(b);
        em.flush();
        return b;
    }

    /**
     * The receipts, written in one statement (a province's 11,000 units at once). Every recipient lies strictly
     * below the sender: a listed unit outside is a 400 naming it, before anything is written.
     */
    private int addRecipients(Bulletin b, Recipients r) {
        Subtree sender = Subtree.of(b.ownerPath);
        List<OrgUnitKind> kinds = r.kinds() == null ? List.of() : r.kinds();
        if (kinds.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalid("recipients.kinds", "rules.bulletin.kind.unknown");
        }
        String kindCondition = kinds.isEmpty() ? "" : " and kind in (?5)";
        if (r.unitIds() != null && !r.unitIds().isEmpty()) {
            if (r.unitIds().size() > 20_000) {
                throw ProblemException.invalid("recipients.unitIds", "rules.bulletin.too-many");
            }
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(r.unitIds()));
            for (int i = 0; i < ids.size(); i++) {
                Long id = ids.get(i);
                VisibleUnit unit = id == null ? null : hierarchy.findVisible(id).orElse(null);
                if (unit == null || !sender.covers(unit.orgPath()) || unit.orgPath().equals(b.ownerPath) || !unit.active()) {
                    throw ProblemException.invalid("recipients.unitIds[" + i + "]", "rules.bulletin.recipient.outside");
                }
            }
            var q = em.createNativeQuery("insert into bulletin_receipt (bulletin_id, org_unit_id, org_path)"
                    + " select ?3, id, org_path from org_unit where " + sender.sql("org_path", 1) + " and id in (?4) and org_path <> ?1"
                    + kindCondition);
            sender.bind(q, 1).setParameter(3, b.id).setParameter(4, ids);
            if (!kinds.isEmpty()) {
                q.setParameter(5, kinds.stream().map(Enum::name).toList());
            }
            return q.executeUpdate();
        }
        Subtree within = sender;
        if (r.subtreeUnitId() != null) {
            VisibleUnit unit = hierarchy.findVisible(r.subtreeUnitId()).orElse(null);
            if (unit == null || !sender.covers(unit.orgPath())) {
                throw ProblemException.invalid("recipients.subtreeUnitId", "rules.bulletin.recipient.outside");
            }
            within = Subtree.of(unit.orgPath());
        }
        var q = em.createNativeQuery("insert into bulletin_receipt (bulletin_id, org_unit_id, org_path)"
                + " select ?3, id, org_path from org_unit where " + within.sql("org_path", 1) + " and org_path <> ?4 and active"
                + kindCondition);
        within.bind(q, 1).setParameter(3, b.id).setParameter(4, b.ownerPath);
        if (!kinds.isEmpty()) {
            q.setParameter(5, kinds.stream().map(Enum::name).toList());
        }
        return q.executeUpdate();
    }

    // ---- reading -------------------------------------------------------------------------

    public Page<BulletinSummary> list(Box box, int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        List<Bulletin> rows;
        if (box == Box.SENT) {
            Subtree mine = Subtree.of(caller.requireRoot().path());
            var q = em.createQuery("from Bulletin b where " + mine.jpql("b.ownerPath", "scope")
                    + " and (:before is null or b.id < :before) order by b.id desc", Bulletin.class);
            rows = mine.bind(q, "scope").setParameter("before", before).setMaxResults(limit + 1).getResultList();
        } else {
            // Receipts are limited to the caller's subtree by the scope filter.
            rows = em.createQuery("from Bulletin b where exists (select 1 from BulletinReceipt r where r.bulletinId = b.id)"
                            + " and (:before is null or b.id < :before) order by b.id desc", Bulletin.class)
                    .setParameter("before", before).setMaxResults(limit + 1).getResultList();
        }
        boolean more = rows.size() > limit;
        List<Bulletin> page = rows.stream().limit(limit).toList();
        Map<Long, OrgUnitRef> senders = access.owners(page.stream().map(b -> b.senderUnitId).collect(Collectors.toSet()));
        List<BulletinSummary> items = page.stream().map(b -> summaryOf(b, senders)).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    public BulletinView get(long id) {
        return view(readable(id));
    }

    /** The bulletin's summary when the caller may read it (for a record that carried it, such as a booklet). */
    public java.util.Optional<BulletinSummary> summaryIfReadable(long id) {
        try {
            return java.util.Optional.of(view(readable(id)).summary());
        } catch (ProblemException notReadable) {
            return java.util.Optional.empty();
        }
    }

    public Page<ReceiptView> receipts(long id, ReceiptFilter filter, int limit, String cursor) {
        Bulletin b = readable(id);
        Long after = Cursors.decodeLong(cursor);
        String condition = switch (filter == null ? ReceiptFilter.ALL : filter) {
            case ALL -> "";
            case PENDING -> " and r.acknowledgedAt is null";
            case ACKNOWLEDGED -> " and r.acknowledgedAt is not null";
        };
        List<BulletinReceipt> rows = em.createQuery("from BulletinReceipt r where r.bulletinId = :b" + condition
                        + " and (:after is null or r.id > :after) order by r.id", BulletinReceipt.class)
                .setParameter("b", b.id).setParameter("after", after).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<BulletinReceipt> page = rows.stream().limit(limit).toList();
        Map<Long, OrgUnitRef> units = hierarchy.refs(page.stream().map(r -> r.orgUnitId).collect(Collectors.toSet()));
        List<ReceiptView> items = page.stream().map(r -> receiptView(r, units.get(r.orgUnitId))).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    /**
     * One attachment for download, to whoever may read the bulletin (its sender's side and the units it was sent
     * to); 404 for a bulletin the caller may not read or a file that is not attached to it.
     */
    public FileDownload attachment(long id, long fileId) {
        Bulletin b = readable(id);
        return files.openForRecordReader(owner(b.id), fileId);
    }

    static FileOwner owner(long bulletinId) {
        return new FileOwner(FILE_OWNER, bulletinId);
    }

    // ---- receipts ------------------------------------------------------------------------

    /** 签收: the caller's own unit acknowledges its copy, once. */
    @Transactional
    public ReceiptView acknowledge(long id) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        Bulletin b = readable(id);
        BulletinReceipt r = em.createQuery("from BulletinReceipt where bulletinId = :b and orgUnitId = :u", BulletinReceipt.class)
                .setParameter("b", b.id).setParameter("u", root.unitId())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.conflict(null, "rules.bulletin.not-addressed"));
        if (r.acknowledgedAt != null) {
            throw ProblemException.conflict(null, "rules.bulletin.already-acknowledged", r.acknowledgedBy);
        }
        r.acknowledgedAt = Instant.now();
        r.acknowledgedBy = caller.displayName();
        em.flush();
        ReceiptView view = receiptView(r, hierarchy.ref(r.orgUnitId));
        audit.record("ACKNOWLEDGE", RECEIPT, r.id, r.orgPath, null, view);
        return view;
    }

    /** 催办: marks every copy not yet acknowledged as reminded now; the sender's side only. */
    @Transactional
    public RemindersView remind(long id) {
        Bulletin b = readable(id);
        access.requireWrite(b.ownerPath, "rules.bulletin.not-found");
        int n = em.createQuery("update BulletinReceipt r set r.remindedAt = :now where r.bulletinId = :b and r.acknowledgedAt is null")
                .setParameter("now", Instant.now()).setParameter("b", b.id).executeUpdate();
        audit.record("REMIND", BULLETIN, b.id, b.ownerPath, null, Map.of("reminded", n));
        return new RemindersView(n);
    }

    // ---- helpers -------------------------------------------------------------------------

    Bulletin readable(long id) {
        Bulletin b = em.find(Bulletin.class, id);
        if (b == null) {
            throw ProblemException.notFound("rules.bulletin.not-found");
        }
        if (caller.covers(b.ownerPath) && access.canRead(b.ownerPath)) {
            return b;
        }
        long mine = em.createQuery("select count(r) from BulletinReceipt r where r.bulletinId = :b", Long.class)
                .setParameter("b", b.id).getSingleResult();
        if (mine == 0 || !access.canRead(b.ownerPath)) {
            throw ProblemException.notFound("rules.bulletin.not-found");
        }
        return b;
    }

    private BulletinView view(Bulletin b) {
        BulletinSummary summary = summaryOf(b, access.owners(Set.of(b.senderUnitId)));
        return new BulletinView(summary, b.body, b.sentBy, files.ownedByRecordReader(owner(b.id)));
    }

    private BulletinSummary summaryOf(Bulletin b, Map<Long, OrgUnitRef> senders) {
        Object[] counts = em.createQuery("select count(r), count(r.acknowledgedAt) from BulletinReceipt r where r.bulletinId = :b", Object[].class)
                .setParameter("b", b.id).getSingleResult();
        long total = ((Number) counts[0]).longValue();
        long acked = ((Number) counts[1]).longValue();
        OwnReceipt own = caller.root().flatMap(root -> em.createQuery("from BulletinReceipt where bulletinId = :b and orgUnitId = :u",
                        BulletinReceipt.class).setParameter("b", b.id).setParameter("u", root.unitId()).getResultStream().findFirst())
                .map(r -> new OwnReceipt(r.orgUnitId, r.acknowledgedAt, r.acknowledgedBy)).orElse(null);
        OrgUnitRef sender = senders.get(b.senderUnitId);
        if (sender == null) {
            sender = access.owner(b.senderUnitId);
        }
        return new BulletinSummary(b.id, sender, b.year, b.issueNo, b.year + "年第" + b.issueNo + "期", b.title, b.sentAt, b.ruleVersionId,
                total, acked, total == 0 ? null : (double) acked / total, own, access.canWrite(b.ownerPath));
    }

    private static ReceiptView receiptView(BulletinReceipt r, OrgUnitRef unit) {
        return new ReceiptView(r.id, unit, r.acknowledgedAt, r.acknowledgedBy, r.remindedAt);
    }
}
