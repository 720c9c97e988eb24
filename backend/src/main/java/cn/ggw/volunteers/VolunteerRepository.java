package cn.ggw.volunteers;

import cn.ggw.security.Subtree;
import cn.ggw.common.LikePatterns;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of the registry. Every JPQL query and load by id here is limited to the caller's
 * subtree by the scope filter; the one native statement says in its comment why it is safe.
 */
@ApplicationScoped
public class VolunteerRepository implements PanacheRepository<Volunteer> {

    public Optional<Volunteer> findVisible(long id) {
        return findByIdOptional(id);
    }

    /**
     * One person with their home unit for reading: one statement, both under the scope filter (a person's home unit
     * is in scope with them), the person read-only so nothing is kept for dirty checking.
     */
    public Optional<WithUnit> findVisibleWithUnit(long id) {
        return getEntityManager().createQuery("select v, o.code, o.name, o.kind from Volunteer v"
                        + " left join OrgUnit o on o.id = v.orgUnitId where v.id = :id", Object[].class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst()
                .map(row -> {
                    Volunteer v = (Volunteer) row[0];
                    OrgUnitRef unit = row[1] == null ? null : new OrgUnitRef(v.orgUnitId, (String) row[1], (String) row[2], (OrgUnitKind) row[3]);
                    return new WithUnit(v, unit);
                });
    }

    /** A person and their home unit ({@code null} only if the unit were out of the caller's scope). */
    public record WithUnit(Volunteer volunteer, OrgUnitRef unit) {
    }

    /** The filters of a list; null members do not filter. */
    public record Criteria(String subtreePath, VolunteerCategory category, VolunteerStatus status, ActivityArea area,
                           LocalDate bornOnOrBefore, LocalDate bornAfter, String nameFragment, String personalFragment,
                           String idNumber, String phone) {
    }

    /** Where a page ended: the last row's home path and id. */
    public record Position(String orgPath, long id) {
    }

    /**
     * A page of a subtree in (home path, id) order, after {@code after}. The subtree is the range
     * [path, path + "/") of the collation-"C" b-tree (paths hold digits and dots, and '/' follows '.'),
     * so page 1 and page 1,000 are both one range scan of volunteer_path_idx (org_path, id), whatever
     * the ids of the subtree's people; an id order would need the whole subtree sorted, or a walk of
     * the primary key past everyone registered before.
     */
    public List<ListRow> list(Criteria c, Position after, int limit) {
        // A projection with the home unit joined in: one statement a page, nothing managed; the unit is scoped too.
        // Not @PreparedOnServer: at 1,000,000 people its generic plan (one for any subtree and cursor) served a
        // township's page 1 at 8 requests/s, planned per call 571 (bench/registry.sh, 2026-12-07; docs/benchmarks.md).
        // A left join (a person's home unit is always there and in scope with them): joined inner, PostgreSQL
        // multiplied in the unit scope's selectivity, expected a twentieth of the township's people, and read and sorted
        // all of them (1.2 ms at 2,500) instead of walking the path index and stopping after a page (0.07 ms).
        StringBuilder jpql = new StringBuilder("select v.id, v.name, v.gender, v.birthDate, v.idNumber, v.phone, v.categories,"
                + " v.activityAreas, v.status, v.orgPath, v.orgUnitId, o.code, o.name, o.kind"
                + " from Volunteer v left join OrgUnit o on o.id = v.orgUnitId where v.orgPath >= :from and v.orgPath < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", c.subtreePath());
        params.put("to", c.subtreePath() + "/");
        if (c.category() != null) {
            jpql.append(" and array_contains(v.categories, :category)");
            params.put("category", c.category().name());
        }
        if (c.area() != null) {
            jpql.append(" and array_contains(v.activityAreas, :area)");
            params.put("area", c.area().name());
        }
        if (c.status() != null) {
            jpql.append(" and v.status = :status");
            params.put("status", c.status());
        }
        if (c.bornOnOrBefore() != null) {
            jpql.append(" and v.birthDate <= :bornOnOrBefore");
            params.put("bornOnOrBefore", c.bornOnOrBefore());
        }
        if (c.bornAfter() != null) {
            jpql.append(" and v.birthDate > :bornAfter");
            params.put("bornAfter", c.bornAfter());
        }
        if (c.nameFragment() != null) {
            jpql.append(" and v.name like :fragment escape '\\'");
            params.put("fragment", LikePatterns.containing(c.nameFragment()));
        }
        if (c.personalFragment() != null) {
            // Only for roles that may reveal (VolunteerService.searchText), audited and rate-limited.
            jpql.append(" and (v.name like :fragment escape '\\' or v.phone like :fragment escape '\\' or v.idNumber like :fragment escape '\\')");
            params.put("fragment", LikePatterns.containing(c.personalFragment()));
        }
        if (c.idNumber() != null) {
            jpql.append(" and v.idNumber = :idNumber");
            params.put("idNumber", c.idNumber());
        }
        if (c.phone() != null) {
            jpql.append(" and v.phone = :phone");
            params.put("phone", c.phone());
        }
        if (after != null) {
            // (path, id) > (afterPath, afterId), written so that the planner estimates it from the path's histogram:
            // as a row comparison it guessed one person a village after the cursor and joined from the units, sorting
            // the township's people after the cursor for page 401 (5 s at 1,000,000; bench/registry.sh, 2026-12-07).
            jpql.append(" and v.orgPath >= :afterPath and (v.orgPath > :afterPath or v.id > :afterId)");
            params.put("afterPath", after.orgPath());
            params.put("afterId", after.id());
        }
        jpql.append(" order by v.orgPath, v.id");
        var query = getEntityManager().createQuery(jpql.toString(), ListRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** One row of a list page: what the summary shows (masked later) and the home unit. */
    public record ListRow(long id, String name, Gender gender, LocalDate birthDate, String idNumber, String phone,
                          List<String> categories, List<String> activityAreas, VolunteerStatus status, String orgPath,
                          long unitId, String unitCode, String unitName, OrgUnitKind unitKind) {
    }

    public List<VolunteerStatusChange> history(long volunteerId) {
        return getEntityManager()
                .createQuery("from VolunteerStatusChange where volunteerId = :id order by id", VolunteerStatusChange.class)
                .setParameter("id", volunteerId)
                .getResultList();
    }

    /** Moves a volunteer's history rows to its new home path (the volunteer itself was checked to be in scope). */
    public void movedHistory(long volunteerId, String newPath) {
        getEntityManager().createQuery("update VolunteerStatusChange set orgPath = :path where volunteerId = :id")
                .setParameter("path", newPath)
                .setParameter("id", volunteerId)
                .executeUpdate();
    }

    /**
     * Whether another record holds this ID number anywhere in the registry. Native on purpose:
     * uniqueness cannot be checked inside the caller's scope only; nothing but yes or no leaves here.
     */
    public boolean idNumberTaken(String idNumber, Long exceptId) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists (select 1 from volunteer where id_number = ?1 and id <> ?2)")
                .setParameter(1, idNumber)
                .setParameter(2, exceptId == null ? -1L : exceptId)
                .getSingleResult();
    }

    /**
     * Everything the unit's counts show, in one pass over its subtree's people: a row per home path and status with
     * the number of people and, of them, how many carry each category (declaration order) and then each activity area.
     * (Three grouped statements before: by status, by path, by tag — three reads of the same rows.)
     */
    public List<CountRow> countByPathAndStatus(String path) {
        StringBuilder select = new StringBuilder("select v.orgPath, v.status, count(v)");
        for (VolunteerCategory c : VolunteerCategory.values()) {
            select.append(", sum(case when array_contains(v.categories, '").append(c.name()).append("') then 1 else 0 end)");
        }
        for (ActivityArea a : ActivityArea.values()) {
            select.append(", sum(case when array_contains(v.activityAreas, '").append(a.name()).append("') then 1 else 0 end)");
        }
        List<Object[]> rows = getEntityManager().createQuery(select
                        + " from Volunteer v where " + Subtree.JPQL_v + " group by v.orgPath, v.status", Object[].class)
                .setParameter("path", path)
                .setParameter("pathEnd", Subtree.of(path).end())
                .getResultList();
        List<CountRow> counts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long[] tags = new long[row.length - 3];
            for (int i = 3; i < row.length; i++) {
                tags[i - 3] = row[i] == null ? 0 : ((Number) row[i]).longValue();
            }
            counts.add(new CountRow((String) row[0], (VolunteerStatus) row[1], ((Number) row[2]).longValue(), tags));
        }
        return counts;
    }

    /** People at one home path with one status; {@code tags}: categories in declaration order, then activity areas. */
    public record CountRow(String orgPath, VolunteerStatus status, long people, long[] tags) {
    }

}
