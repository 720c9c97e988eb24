package cn.ggw.exemplars;

import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.exemplars.ExemplarDtos.AdoptionRequest;
import cn.ggw.exemplars.ExemplarDtos.CityExemplar;
import cn.ggw.files.FileService;
import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * What the city system reads: exemplars submitted to it (write-up, photos, category, unit — never an ID number or
 * a phone, which exemplars do not hold), and its answer, adopted or not, recorded back for the district to see.
 */
@ApplicationScoped
public class CityExemplarService {

    @Inject
    CategoryService categories;

    @Inject
    EntityManager em;

    @Inject
    ExemplarService exemplars;

    @Inject
    ExemplarUnits units;

    @Inject
    FileService files;

    public Page<CityExemplar> list(int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        List<Exemplar> rows = em.createQuery("from Exemplar e where e.submittedToCityOn is not null and (:before is null or e.id < :before)"
                        + " order by e.id desc", Exemplar.class)
                .setParameter("before", before).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Exemplar> page = rows.subList(0, Math.min(limit, rows.size()));
        Map<Long, OrgUnitRef> refs = units.refs(page.stream().map(e -> e.orgUnitId).toList());
        List<CityExemplar> items = page.stream().map(e -> view(e, refs.get(e.orgUnitId))).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    public CityExemplar get(long id) {
        Exemplar e = submitted(id);
        return view(e, units.refs(List.of(e.orgUnitId)).get(e.orgUnitId));
    }

    /** A photo of a submitted write-up; 404 for a file that is not one of its photos. */
    public byte[] photo(long id, long fileId) {
        Exemplar e = submitted(id);
        boolean ours = files.ownedBy(ExemplarService.owner(e)).stream().anyMatch(f -> f.id() == fileId);
        if (!ours) {
            throw ProblemException.notFound("files.not-found");
        }
        return files.bytesForSystem(fileId);
    }

    public StoredFileView photoInfo(long id, long fileId) {
        Exemplar e = submitted(id);
        return files.ownedBy(ExemplarService.owner(e)).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("files.not-found"));
    }

    @Transactional
    public CityExemplar adopt(long id, AdoptionRequest request) {
        Exemplar e = exemplars.recordAdoption(id, request.adopted(), request.decidedOn(), request.book(), request.note());
        return view(e, units.refs(List.of(e.orgUnitId)).get(e.orgUnitId));
    }

    private Exemplar submitted(long id) {
        Exemplar e = exemplars.visible(id);
        if (e.submittedToCityOn == null) {
            throw ProblemException.notFound("exemplar.not-found");
        }
        return e;
    }

    private CityExemplar view(Exemplar e, OrgUnitRef unit) {
        String categoryName = categories.find(e.orgPath, e.category).map(CategoryService.Category::nameZh).orElse(e.category);
        return new CityExemplar(e.id, unit, e.category, categoryName, e.year, e.title, e.subjectName, exemplars.body(e),
                files.ownedBy(ExemplarService.owner(e)), ExemplarService.city(e));
    }
}
