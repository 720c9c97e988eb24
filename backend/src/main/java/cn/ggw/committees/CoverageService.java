package cn.ggw.committees;

import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.committees.CommitteeDtos.CommitteeCoverage;
import cn.ggw.committees.CommitteeDtos.CommitteeFigures;
import cn.ggw.committees.CommitteeDtos.CoverageTotals;
import cn.ggw.committees.CommitteeDtos.UnitCoverage;
import cn.ggw.committees.CommitteeDtos.VacancyView;
import cn.ggw.committees.CommitteeRepository.UnitRow;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage (全覆盖), the vacancy list and the period figures — all computed on read from the
 * appointments, never from a stored summary. Why: "complete" depends on today's date (a seat recorded
 * to start next week is not held yet), on the template (a changed template must count at once) and on
 * the tree (moves); a summary would have to be refreshed on each of those. On read it is two grouped
 * index scans (open appointments by path, active units by path), and the replay of history is done
 * only for the few teams that miss someone.
 */
@ApplicationScoped
public class CoverageService {

    @Inject
    CommitteeRepository committees;

    @Inject
    SeatTemplates templates;

    @Inject
    CommitteeService teams;

    @Inject
    CallerScope caller;

    /** The subtree's units with their team state today. */
    private record Snapshot(List<UnitRow> units, Map<Long, Map<SeatRole, Integer>> holders, Map<Long, CommitteeRepository.TeamRow> teamByUnit,
                            Map<OrgUnitKind, List<SeatRule>> rules, LocalDate today) {

        TeamState state(UnitRow u) {
            return TeamState.of(rules.get(u.kind()), holders.getOrDefault(u.id(), Map.of()));
        }

        boolean electionOverdue(UnitRow u) {
            CommitteeRepository.TeamRow team = teamByUnit.get(u.id());
            return team != null && team.nextElectionDue() != null && team.nextElectionDue().isBefore(today);
        }
    }

    private Snapshot snapshot(String path) {
        LocalDate today = CommitteeService.today();
        List<UnitRow> units = committees.units(path);
        Map<Long, Map<SeatRole, Integer>> holders = new HashMap<>();
        for (Object[] row : committees.holderCounts(path, today)) {
            holders.computeIfAbsent((Long) row[0], k -> new EnumMap<>(SeatRole.class))
                    .put((SeatRole) row[1], ((Number) row[2]).intValue());
        }
        Map<Long, CommitteeRepository.TeamRow> teamByUnit = committees.teams(path).stream()
                .collect(Collectors.toMap(CommitteeRepository.TeamRow::unitId, t -> t));
        return new Snapshot(units, holders, teamByUnit, templates.all(), today);
    }

    private VisibleUnit unitOrRoot(Long unitId) {
        long id = unitId != null ? unitId : caller.requireRoot().unitId();
        return teams.visibleUnit(id);
    }

    // ---- coverage ------------------------------------------------------------------------

    public CommitteeCoverage coverage(Long unitId) {
        VisibleUnit root = unitOrRoot(unitId);
        Snapshot s = snapshot(root.orgPath());
        long rootId = root.ref().id();
        Map<Long, Totals> byChild = new HashMap<>();
        Totals all = new Totals();
        Map<Long, UnitRow> children = new HashMap<>();
        for (UnitRow u : s.units()) {
            if (u.parentId() != null && u.parentId() == rootId) {
                children.put(u.id(), u);
            }
        }
        for (UnitRow u : s.units()) {
            TeamState state = s.state(u);
            boolean overdue = s.electionOverdue(u);
            all.add(state, overdue);
            Long child = childOf(root.orgPath(), u.path());
            if (child != null) {
                byChild.computeIfAbsent(child, k -> new Totals()).add(state, overdue);
            }
        }
        UnitRow self = s.units().stream().filter(u -> u.id() == rootId).findFirst().orElse(null);
        UnitCoverage own = self == null
                ? new UnitCoverage(root.ref(), TeamStatus.NO_TEMPLATE, 0, 0, false, all.view())
                : unitCoverage(self, s, all);
        List<UnitCoverage> rows = children.values().stream()
                .sorted(Comparator.comparingInt(UnitRow::sortOrder).thenComparingLong(UnitRow::id))
                .map(c -> unitCoverage(c, s, byChild.getOrDefault(c.id(), new Totals())))
                .toList();
        return new CommitteeCoverage(own, rows, s.today());
    }

    private static UnitCoverage unitCoverage(UnitRow u, Snapshot s, Totals subtree) {
        TeamState state = s.state(u);
        return new UnitCoverage(new OrgUnitRef(u.id(), u.code(), u.name(), u.kind()), state.status(), state.requiredSeats(),
                state.filledSeats(), s.electionOverdue(u), subtree.view());
    }

    /** The id of the root's child whose subtree holds this path; null for the root itself. */
    private static Long childOf(String rootPath, String path) {
        if (path.length() <= rootPath.length()) {
            return null;
        }
        String rest = path.substring(rootPath.length() + 1);
        int dot = rest.indexOf('.');
        return Long.valueOf(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static final class Totals {
        long teams;
        long complete;
        long incomplete;
        long empty;
        long overdue;
        long open;

        void add(TeamState state, boolean electionOverdue) {
            if (state.status() == TeamStatus.NO_TEMPLATE) {
                return;
            }
            teams++;
            switch (state.status()) {
                case COMPLETE -> complete++;
                case INCOMPLETE -> incomplete++;
                case EMPTY -> empty++;
                default -> {
                }
            }
            if (electionOverdue) {
                overdue++;
            }
            open += state.openSeats();
        }

        CoverageTotals view() {
            double share = teams == 0 ? 1.0 : Math.round(complete * 10000.0 / teams) / 10000.0;
            return new CoverageTotals(teams, complete, incomplete, empty, share, overdue, open);
        }
    }

    // ---- vacancies -----------------------------------------------------------------------

    /** Every open required seat in a subtree, oldest first (then by unit and role), keyset-paged. */
    public Page<VacancyView> vacancies(Long unitId, boolean overdueOnly, int limit, String cursor) {
        VisibleUnit root = unitOrRoot(unitId);
        Snapshot s = snapshot(root.orgPath());
        // Only teams that miss someone are replayed.
        List<UnitRow> short_ = s.units().stream()
                .filter(u -> s.state(u).status() == TeamStatus.INCOMPLETE || s.state(u).status() == TeamStatus.EMPTY)
                .toList();
        Set<Long> ids = short_.stream().map(UnitRow::id).collect(Collectors.toSet());
        Map<Long, List<SeatHistory.Period>> periods = new HashMap<>();
        for (Appointment a : committees.appointmentsOf(ids)) {
            periods.computeIfAbsent(a.orgUnitId, k -> new ArrayList<>()).add(CommitteeService.period(a));
        }
        Map<String, Integer> thresholds = teams.thresholds(short_.stream().map(UnitRow::path).toList());
        List<VacancyView> all = new ArrayList<>();
        for (UnitRow u : short_) {
            CommitteeRepository.TeamRow team = s.teamByUnit().get(u.id());
            LocalDate formedOn = team != null ? team.formedOn() : u.createdOn();
            OrgUnitRef ref = new OrgUnitRef(u.id(), u.code(), u.name(), u.kind());
            for (SeatHistory.OpenSeat seat : SeatHistory.vacancies(s.rules().get(u.kind()), periods.getOrDefault(u.id(), List.of()),
                    formedOn, s.today())) {
                VacancyView v = CommitteeService.vacancyView(ref, seat, s.today(), thresholds.get(u.path()));
                if (!overdueOnly || v.overdue()) {
                    all.add(v);
                }
            }
        }
        Comparator<VacancyView> order = Comparator.comparing(VacancyView::vacantSince)
                .thenComparingLong(v -> v.unit().id())
                .thenComparing(VacancyView::role)
                .thenComparingInt(VacancyView::slot);
        all.sort(order);
        String after = Cursors.decode(cursor);
        List<VacancyView> rest = all;
        if (after != null) {
            VacancyView mark = parseKey(after);
            rest = all.stream().filter(v -> order.compare(v, mark) > 0).toList();
        }
        boolean more = rest.size() > limit;
        List<VacancyView> shown = more ? rest.subList(0, limit) : rest;
        String next = more ? Cursors.encode(key(shown.get(shown.size() - 1))) : null;
        return new Page<>(List.copyOf(shown), next);
    }

    private static String key(VacancyView v) {
        return v.vacantSince() + "," + v.unit().id() + "," + v.role() + "," + v.slot();
    }

    private static VacancyView parseKey(String key) {
        String[] parts = key.split(",", -1);
        try {
            return new VacancyView(new OrgUnitRef(Long.parseLong(parts[1]), "", "", OrgUnitKind.VILLAGE), SeatRole.valueOf(parts[2]),
                    Integer.parseInt(parts[3]), LocalDate.parse(parts[0]), 0, false, null, null);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
    }

    // ---- figures -------------------------------------------------------------------------

    public CommitteeFigures figures(Long unitId, LocalDate from, LocalDate to) {
        VisibleUnit root = unitOrRoot(unitId);
        LocalDate start = from != null ? from : LocalDate.of(1980, 1, 1);
        LocalDate end = to != null ? to : CommitteeService.today();
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "committee.figures.order");
        }
        String path = root.orgPath();
        CommitteeRepository.PeriodCounts counts = committees.periodCounts(path, start, end);

        Map<OrgUnitKind, List<SeatRule>> rules = templates.all();
        Map<Long, OrgUnitKind> kinds = new HashMap<>();
        committees.units(path).forEach(u -> kinds.put(u.id(), u.kind()));
        Map<Long, List<SeatHistory.Period>> byUnit = new HashMap<>();
        for (Map.Entry<Long, SeatHistory.Period> e : committees.periodsIn(path)) {
            byUnit.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        LocalDate today = CommitteeService.today();
        long completed = 0;
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<Long, List<SeatHistory.Period>> e : byUnit.entrySet()) {
            OrgUnitKind kind = kinds.get(e.getKey());
            if (kind == null || !seen.add(e.getKey())) {
                continue;
            }
            boolean inRange = SeatHistory.completedOn(rules.get(kind), e.getValue(), today).stream()
                    .anyMatch(d -> !d.isBefore(start) && !d.isAfter(end));
            if (inRange) {
                completed++;
            }
        }
        return new CommitteeFigures(root.ref(), start, end, counts.filled(), counts.adjusted(), completed, counts.ended());
    }
}
