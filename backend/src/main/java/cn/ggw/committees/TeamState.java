package cn.ggw.committees;

import java.util.List;
import java.util.Map;

/** A team's status today, from its template and its current holders per role. */
public record TeamState(TeamStatus status, int requiredSeats, int filledSeats) {

    public static TeamState of(List<SeatRule> rules, Map<SeatRole, Integer> holders) {
        if (rules.isEmpty()) {
            return new TeamState(TeamStatus.NO_TEMPLATE, 0, 0);
        }
        int required = 0;
        int filled = 0;
        boolean complete = true;
        for (SeatRule rule : rules) {
            int held = holders.getOrDefault(rule.role(), 0);
            required += rule.minCount();
            filled += Math.min(held, rule.minCount());
            complete &= held >= rule.minCount();
        }
        boolean anyone = holders.values().stream().anyMatch(n -> n > 0);
        TeamStatus status = complete ? TeamStatus.COMPLETE : anyone ? TeamStatus.INCOMPLETE : TeamStatus.EMPTY;
        return new TeamState(status, required, filled);
    }

    public int openSeats() {
        return requiredSeats - filledSeats;
    }
}
