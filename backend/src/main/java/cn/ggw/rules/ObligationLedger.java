package cn.ggw.rules;

import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules asked of each unit and what it recorded: for every unit of a subtree and every rule in force
 * with an obligation that applies to the unit's kind, the calendar periods (months, quarters, years) lying
 * wholly within a span, each due once, met when at least one record falls in it. The version in force at a
 * period's start decides whether and how often the obligation is due. Native statements take their subtree
 * condition from {@link Subtree}; the subtree was checked against the caller's scope by the caller.
 */
@ApplicationScoped
public class ObligationLedger {

    @Inject
    EntityManager em;

    public record UnitRow(long id, String path, OrgUnitKind kind, String name) {
    }

    record VersionRow(LocalDate from, LocalDate to, ObligationKind kind, ObligationFrequency frequency, Set<OrgUnitKind> appliesTo) {

        boolean inForceOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    public record RuleRow(long id, String ownerPath, String code, String title, int sortOrder, List<VersionRow> versions) {
    }

    /** One unit's account of one rule over the span. {@code missing}: the periods without a record ("2013-03"). */
    public record Tally(long unitId, String unitPath, long ruleId, ObligationKind kind, ObligationFrequency frequency,
                        int due, int met, List<String> missing) {
    }

    /** Active units of a subtree, the root included. */
    @SuppressWarnings("unchecked")
    public List<UnitRow> units(Subtree subtree) {
        List<Object[]> rows = subtree.bind(em.createNativeQuery("select id, org_path, kind, name from org_unit where active and "
                + subtree.sql("org_path", 1) + " order by org_path"), 1).getResultList();
        return rows.stream().map(r -> new UnitRow(((Number) r[0]).longValue(), (String) r[1], OrgUnitKind.valueOf((String) r[2]),
                (String) r[3])).toList();
    }

    /** Rules with a published obligation that may bind a unit of the subtree: issued above it or inside it. */
    @SuppressWarnings("unchecked")
    public List<RuleRow> rules(Subtree subtree) {
        List<String> above = RuleAccess.selfAndAncestors(subtree.path());
        List<Object[]> rows = subtree.bind(em.createNativeQuery("""
                select r.id, r.owner_path, r.code, r.sort_order, v.title, v.effective_from, v.effective_to, v.obligation_kind,
                       v.obligation_frequency, v.applies_to
                  from rule r join rule_version v on v.rule_id = r.id
                 where v.status in ('PUBLISHED', 'SUPERSEDED')
                   and (r.owner_path in (?3) or %s)
                 order by r.sort_order, r.code, v.number""".formatted(subtree.sql("r.owner_path", 1))), 1)
                .setParameter(3, above).getResultList();
        List<RuleRow> rules = new ArrayList<>();
        RuleRow current = null;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            if (current == null || current.id() != id) {
                current = new RuleRow(id, (String) r[1], (String) r[2], (String) r[4], ((Number) r[3]).intValue(), new ArrayList<>());
                rules.add(current);
            }
            if (r[7] != null) {
                current.versions().add(new VersionRow(date(r[5]), date(r[6]), ObligationKind.valueOf((String) r[7]),
                        ObligationFrequency.valueOf((String) r[8]), kinds((String) r[9])));
            }
        }
        rules.removeIf(rule -> rule.versions().isEmpty());
        return rules;
    }

    /** "unitId:ruleId:YYYY-MM" for every month with at least one record. */
    @SuppressWarnings("unchecked")
    public Set<String> recordedMonths(Subtree subtree, LocalDate from, LocalDate to) {
        List<Object[]> rows = subtree.bind(em.createNativeQuery("select distinct org_unit_id, rule_id, to_char(held_on, 'YYYY-MM')"
                        + " from rule_evidence where " + subtree.sql("org_path", 1) + " and held_on between ?3 and ?4"), 1)
                .setParameter(3, from).setParameter(4, to).getResultList();
        Set<String> months = new HashSet<>(rows.size() * 2);
        for (Object[] r : rows) {
            months.add(((Number) r[0]).longValue() + ":" + ((Number) r[1]).longValue() + ":" + r[2]);
        }
        return months;
    }

    /** The whole account of a subtree over [from, to]. */
    public List<Tally> tally(Subtree subtree, LocalDate from, LocalDate to) {
        return tally(units(subtree), rules(subtree), recordedMonths(subtree, from, to), from, to);
    }

    static List<Tally> tally(List<UnitRow> units, List<RuleRow> rules, Set<String> months, LocalDate from, LocalDate to) {
        // A rule binds the units at and below its owner: each unit looks up the rules of its own path's prefixes
        // (at most a handful) instead of testing every rule of the subtree (a province: 11,000 units × 61 rules).
        java.util.Map<String, List<Integer>> byOwner = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            byOwner.computeIfAbsent(rules.get(i).ownerPath(), k -> new ArrayList<>()).add(i);
        }
        List<Tally> tallies = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (UnitRow unit : units) {
            candidates.clear();
            String path = unit.path();
            for (int end = path.indexOf('.'); ; end = path.indexOf('.', end + 1)) {
                List<Integer> owned = byOwner.get(end < 0 ? path : path.substring(0, end));
                if (owned != null) {
                    candidates.addAll(owned);
                }
                if (end < 0) {
                    break;
                }
            }
            candidates.sort(null); // the rules' own order, as before
            for (int index : candidates) {
                RuleRow rule = rules.get(index);
                if (!RuleAccess.binds(rule.ownerPath(), unit.path())) {
                    continue;
                }
                Tally t = tally(unit, rule, months, from, to);
                if (t != null) {
                    tallies.add(t);
                }
            }
        }
        return tallies;
    }

    private static Tally tally(UnitRow unit, RuleRow rule, Set<String> months, LocalDate from, LocalDate to) {
        int due = 0;
        int met = 0;
        List<String> missing = new ArrayList<>();
        ObligationKind kind = null;
        ObligationFrequency frequency = null;
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            VersionRow v = null;
            for (VersionRow candidate : rule.versions()) {
                if (candidate.inForceOn(month)) {
                    v = candidate;
                    break;
                }
            }
            if (v == null || !v.appliesTo().contains(unit.kind())) {
                continue;
            }
            ObligationFrequency f = v.frequency();
            LocalDate end = f.next(month).minusDays(1);
            if (!f.startOf(month).equals(month) || month.isBefore(from) || end.isAfter(to)) {
                continue;
            }
            kind = v.kind();
            frequency = f;
            due++;
            boolean recorded = false;
            for (LocalDate m = month; !m.isAfter(end) && !recorded; m = m.plusMonths(1)) {
                recorded = months.contains(unit.id() + ":" + rule.id() + ":" + m.getYear() + (m.getMonthValue() < 10 ? "-0" : "-") + m.getMonthValue());
            }
            if (recorded) {
                met++;
            } else {
                missing.add(f.periodOf(month));
            }
        }
        return due == 0 ? null : new Tally(unit.id(), unit.path(), rule.id(), kind, frequency, due, met, missing);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Set<OrgUnitKind> kinds(String appliesTo) {
        Set<OrgUnitKind> set = EnumSet.noneOf(OrgUnitKind.class);
        for (String k : appliesTo.split(",")) {
            if (!k.isBlank()) {
                set.add(OrgUnitKind.valueOf(k));
            }
        }
        return set;
    }
}
