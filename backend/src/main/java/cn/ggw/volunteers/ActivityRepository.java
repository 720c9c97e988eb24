package cn.ggw.volunteers;

import cn.ggw.security.Subtree;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of the activity log; every one of them is limited to the caller's subtree by the scope filter. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<VolunteerActivity> {

    /** The filters of a list; null members do not filter. */
    public record Criteria(Long volunteerId, String subtreePath, ActivityArea area, LocalDate from, LocalDate to) {
    }

    /** A position in a newest-first list: the last row shown. */
    public record After(LocalDate date, long id) {
    }

    /** Newest first (date, then id, descending), after the given position. */
    public List<ListRow> list(Criteria c, After after, int limit) {
        // One projection with the person's name and the unit joined in (left joins: a person or unit the scope filter
        // hides leaves its columns empty, the activity stays), nothing managed.
        StringBuilder jpql = new StringBuilder("select a.id, a.volunteerId, v.name, a.date, a.area, a.hours, a.youthReached,"
                + " a.orgUnitId, o.code, o.name, o.kind, a.description, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy"
                + " from VolunteerActivity a left join Volunteer v on v.id = a.volunteerId left join OrgUnit o on o.id = a.orgUnitId"
                + " where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(c, jpql, params);
        if (after != null) {
            jpql.append(" and (a.date < :afterDate or (a.date = :afterDate and a.id < :afterId))");
            params.put("afterDate", after.date());
            params.put("afterId", after.id());
        }
        jpql.append(" order by a.date desc, a.id desc");
        var query = getEntityManager().createQuery(jpql.toString(), ListRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** One row of {@link #list}: the activity, its person's name and its unit (null when the scope hides them). */
    public record ListRow(long id, long volunteerId, String volunteerName, LocalDate date, ActivityArea area,
                          java.math.BigDecimal hours, int youthReached, long unitId, String unitCode, String unitName,
                          cn.ggw.hierarchy.OrgUnitKind unitKind, String description, long version, java.time.Instant createdAt,
                          String createdBy, java.time.Instant updatedAt, String updatedBy) {
    }

    /** Rows of [area, count, hours, youth reached] within a subtree and period. */
    public List<Object[]> sumByArea(String path, LocalDate from, LocalDate to) {
        return sum("a.area", path, from, to);
    }

    /** Rows of [path, count, hours, youth reached] within a subtree and period, one per unit with activities. */
    public List<Object[]> sumByPath(String path, LocalDate from, LocalDate to) {
        return sum("a.orgPath", path, from, to);
    }

    private List<Object[]> sum(String key, String path, LocalDate from, LocalDate to) {
        StringBuilder jpql = new StringBuilder("select " + key + ", count(a), coalesce(sum(a.hours), 0), coalesce(sum(a.youthReached), 0)"
                + " from VolunteerActivity a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(new Criteria(null, path, null, from, to), jpql, params);
        jpql.append(" group by ").append(key);
        var query = getEntityManager().createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void where(Criteria c, StringBuilder jpql, Map<String, Object> params) {
        if (c.volunteerId() != null) {
            jpql.append(" and a.volunteerId = :volunteer");
            params.put("volunteer", c.volunteerId());
        }
        if (c.subtreePath() != null) {
            jpql.append(" and ").append(Subtree.of(c.subtreePath()).jpql("a.orgPath", "path"));
            params.put("path", c.subtreePath());
            params.put("pathEnd", Subtree.of(c.subtreePath()).end());
        }
        if (c.area() != null) {
            jpql.append(" and a.area = :area");
            params.put("area", c.area());
        }
        if (c.from() != null) {
            jpql.append(" and a.date >= :from");
            params.put("from", c.from());
        }
        if (c.to() != null) {
            jpql.append(" and a.date <= :to");
            params.put("to", c.to());
        }
    }

    /** Names of the people among these ids whom the caller may see (the scope filter applies to Volunteer too). */
    public Map<Long, String> volunteerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        getEntityManager().createQuery("select v.id, v.name from Volunteer v where v.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
