package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.documents.OfficialDocument;
import cn.ggw.exemplars.ExemplarDtos.BookletRequest;
import cn.ggw.exemplars.ExemplarDtos.BookletView;
import cn.ggw.files.FileService;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 汇编成册: approved write-ups chosen and ordered, with a foreword and contents, as an editable Word file (GB/T 9704). */
@ApplicationScoped
public class BookletService {

    private static final String ENTITY = "Booklet";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ExemplarService exemplars;

    @Inject
    ExemplarUnits units;

    @Inject
    FileService files;

    @Inject
    AuditLog audit;

    @Transactional
    public BookletView create(BookletRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        List<Exemplar> chosen = exemplars.approvedForUse(request.exemplarIds(), "exemplarIds", root.path());
        Booklet b = new Booklet();
        b.orgUnitId = root.unitId();
        b.orgPath = root.path();
        apply(b, request, root.name());
        b.createdAt = Instant.now();
        b.createdBy = caller.username();
        b.updatedAt = b.createdAt;
        b.updatedBy = b.createdBy;
        em.persist(b);
        em.flush();
        writeExemplars(b, chosen);
        audit.record("CREATE", ENTITY, b.id, b.orgPath, null, auditState(b, request.exemplarIds()));
        return view(b);
    }

    @Transactional
    public BookletView update(long id, BookletRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        Booklet b = visible(id);
        if (request.version() == null || request.version() != b.version) {
            throw ProblemException.conflict("version", "exemplar.stale");
        }
        List<Exemplar> chosen = exemplars.approvedForUse(request.exemplarIds(), "exemplarIds", b.orgPath);
        Map<String, Object> before = auditState(b, exemplarIds(b.id));
        apply(b, request, root.name());
        b.updatedAt = Instant.now();
        b.updatedBy = caller.username();
        em.createNativeQuery("delete from booklet_exemplar where booklet_id = ?1").setParameter(1, b.id).executeUpdate();
        writeExemplars(b, chosen);
        em.flush();
        audit.record("UPDATE", ENTITY, b.id, b.orgPath, before, auditState(b, request.exemplarIds()));
        return view(b);
    }

    public BookletView get(long id) {
        return view(visible(id));
    }

    public Page<BookletView> list(int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        List<Booklet> rows = em.createQuery("from Booklet b where (:before is null or b.id < :before) order by b.id desc", Booklet.class)
                .setParameter("before", before).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<BookletView> items = rows.stream().limit(limit).map(this::view).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(items.get(items.size() - 1).id())) : null);
    }

    /** The file name of the booklet's Word file. */
    public String fileName(long id) {
        return visible(id).title + ".docx";
    }

    /**
     * Writes the booklet as DOCX: title, contents, foreword with the issuer's signature, then each write-up on a
     * page of its own (its photos read one at a time while writing, so the heap stays small). Audited as an export.
     */
    @Transactional
    public void writeDocx(long id, OutputStream out) throws IOException {
        Booklet b = visible(id);
        // One statement for the exemplars and one for their photos' visibility; each photo's bytes are read when written.
        List<Long> order = exemplarIds(b.id);
        Map<Long, Exemplar> byId = new java.util.HashMap<>();
        em.createQuery("from Exemplar e where e.id in :ids", Exemplar.class).setParameter("ids", order).getResultStream()
                .forEach(e -> byId.put(e.id, e));
        List<Exemplar> chosen = order.stream().map(byId::get).filter(e -> e != null).toList();
        List<cn.ggw.documents.RichText> bodies = chosen.stream().map(exemplars::body).toList();
        java.util.function.Function<Long, byte[]> photos = files.reader(bodies.stream().flatMap(t -> t.fileIds().stream()).toList());
        Map<Long, OrgUnitRef> refs = units.refs(chosen.stream().map(e -> e.orgUnitId).toList());
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            contents.add(numeral(i + 1) + "、" + chosen.get(i).title);
        }
        OfficialDocument doc = OfficialDocument.create().numberHeadings(false).title(b.title);
        doc.subtitle("（" + b.issuer + "  " + b.issuedOn.getYear() + "年" + b.issuedOn.getMonthValue() + "月）");
        doc.tableOfContents(contents);
        if (b.foreword != null) {
            doc.pageBreak().heading(1, "前  言").paragraph(b.foreword).signature(b.issuer, b.issuedOn);
        }
        for (int i = 0; i < chosen.size(); i++) {
            Exemplar e = chosen.get(i);
            OrgUnitRef unit = refs.get(e.orgUnitId);
            doc.pageBreak().heading(1, contents.get(i));
            doc.subtitle("（" + (unit == null ? "" : unit.name() + "  ") + e.subjectName + "）");
            doc.richText(bodies.get(i), photos);
        }
        doc.write(out);
        audit.record("EXPORT", ENTITY, b.id, b.orgPath, null, Map.of("exemplars", chosen.size()));
    }

    private static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        if (n < 20) {
            return "十" + NUMERALS[n - 11];
        }
        return NUMERALS[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
    }

    private void apply(Booklet b, BookletRequest request, String unitName) {
        b.title = request.title().trim();
        b.foreword = ExemplarService.blankToNull(request.foreword());
        String issuer = ExemplarService.blankToNull(request.issuer());
        b.issuer = issuer != null ? issuer : unitName + "关心下一代工作委员会";
        b.issuedOn = request.issuedOn() != null ? request.issuedOn() : ExemplarService.today();
    }

    private void writeExemplars(Booklet b, List<Exemplar> chosen) {
        for (int i = 0; i < chosen.size(); i++) {
            em.createNativeQuery("insert into booklet_exemplar (booklet_id, exemplar_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, b.id).setParameter(2, chosen.get(i).id).setParameter(3, i).executeUpdate();
        }
    }

    private List<Long> exemplarIds(long bookletId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select exemplar_id from booklet_exemplar where booklet_id = ?1 order by position")
                .setParameter(1, bookletId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private Booklet visible(long id) {
        Booklet b = em.find(Booklet.class, id);
        if (b == null || !caller.covers(b.orgPath)) {
            throw ProblemException.notFound("exemplar.booklet.not-found");
        }
        return b;
    }

    private BookletView view(Booklet b) {
        // One statement for the exemplars and one for their photos' visibility; each photo's bytes are read when written.
        List<Long> order = exemplarIds(b.id);
        Map<Long, Exemplar> byId = new java.util.HashMap<>();
        em.createQuery("from Exemplar e where e.id in :ids", Exemplar.class).setParameter("ids", order).getResultStream()
                .forEach(e -> byId.put(e.id, e));
        List<Exemplar> chosen = order.stream().map(byId::get).filter(e -> e != null).toList();
        List<cn.ggw.documents.RichText> bodies = chosen.stream().map(exemplars::body).toList();
        java.util.function.Function<Long, byte[]> photos = files.reader(bodies.stream().flatMap(t -> t.fileIds().stream()).toList());
        return new BookletView(b.id, units.refs(List.of(b.orgUnitId)).get(b.orgUnitId), b.title, b.foreword, b.issuer, b.issuedOn,
                exemplars.summaries(chosen), b.createdAt, b.createdBy, b.version);
    }

    private static Map<String, Object> auditState(Booklet b, List<Long> exemplarIds) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", b.title);
        state.put("issuer", b.issuer);
        state.put("issuedOn", b.issuedOn.toString());
        state.put("exemplarIds", exemplarIds);
        return state;
    }
}
