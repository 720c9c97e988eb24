package cn.ggw.trainings;

import cn.ggw.committees.SeatRole;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.Subtree;
import cn.ggw.trainings.TrainingDtos.AudienceRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Evaluates an audience rule against the committee teams on a day: the holders of the chosen seats of the
 * chosen kinds of unit in the organiser's subtree, each person once. Reads the appointments in one native
 * statement (the teams are read-only here), so that a province-wide rule stays one round trip.
 */
@ApplicationScoped
public class AudienceQuery {

    /** One selected person: the seat they hold on the day (the first by unit path when they hold several). */
    public record Row(long volunteerId, String name, long unitId, String orgPath, SeatRole role, LocalDate startedOn) {
    }

    @Inject
    EntityManager em;

    /**
     * @param excludeSessionId a session whose own attendance does not count as on-boarding (the one being
     *                         refreshed), or 0
     */
    @SuppressWarnings("unchecked")
    public List<Row> evaluate(String organiserPath, long organiserUnitId, AudienceRule rule, LocalDate asOf, long excludeSessionId) {
        Subtree subtree = Subtree.of(organiserPath);
        List<Object> parameters = new ArrayList<>();
        parameters.add(asOf);
        StringBuilder sql = new StringBuilder("""
                select distinct on (a.volunteer_id) a.volunteer_id, a.volunteer_name, a.org_unit_id, a.org_path, a.role, a.started_on
                  from appointment a join org_unit u on u.id = a.org_unit_id
                 where %s and a.started_on <= ?3 and (a.ended_on is null or a.ended_on > ?3)
                """.formatted(subtree.sql("a.org_path", 1)));
        if (!rule.includeOrganiser()) {
            parameters.add(organiserUnitId);
            sql.append(" and a.org_unit_id <> ?").append(2 + parameters.size());
        }
        // Enum names only: safe to write into the statement.
        if (!rule.roles().isEmpty()) {
            sql.append(" and a.role in (").append(quoted(rule.roles().stream().map(SeatRole::name).toList())).append(")");
        }
        if (!rule.unitKinds().isEmpty()) {
            sql.append(" and u.kind in (").append(quoted(rule.unitKinds().stream().map(OrgUnitKind::name).toList())).append(")");
        }
        if (rule.appointedSince() != null) {
            parameters.add(rule.appointedSince());
            sql.append(" and a.started_on >= ?").append(2 + parameters.size());
        }
        if (rule.withoutOnboarding()) {
            parameters.add(excludeSessionId);
            sql.append(' ').append("""
                     and not exists (select 1 from training_trainee t join training_session s on s.id = t.session_id
                                      where t.volunteer_id = a.volunteer_id and s.type_code = 'ONBOARDING' and s.status = 'PUBLISHED'
                                        and t.status in ('ATTENDED', 'MADE_UP') and s.id <> ?%d
                                        and coalesce(t.attended_on, s.starts_on) >= a.started_on)""".formatted(2 + parameters.size()));
        }
        sql.append(" order by a.volunteer_id, a.org_path, a.role");
        var query = subtree.bind(em.createNativeQuery(sql.toString()), 1);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(3 + i, parameters.get(i));
        }
        List<Object[]> rows = query.getResultList();
        Comparator<Row> order = Comparator.comparing(Row::orgPath).thenComparing(Row::role).thenComparing(Row::name);
        return rows.stream()
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                        SeatRole.valueOf((String) r[4]), toDate(r[5])))
                .sorted(order)
                .toList();
    }

    private static String quoted(List<String> names) {
        return names.stream().distinct().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
