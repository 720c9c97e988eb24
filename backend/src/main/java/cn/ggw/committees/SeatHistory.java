package cn.ggw.committees;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Replays a team's appointments against its template, day by day of change: which required seats
 * are vacant today and since when, and on which days the team became complete. Pure: no database.
 * <p>
 * A required seat becomes vacant on the day a holder leaves (or, if never filled, when the team's
 * record begins, or when the template last raised the count); a new holder fills the oldest open
 * vacancy of the role first.
 */
public final class SeatHistory {

    private SeatHistory() {
    }

    /** An appointment as the replay needs it. */
    public record Period(long appointmentId, String holderName, SeatRole role, LocalDate startedOn, LocalDate endedOn) {
    }

    /** An open vacancy: since when, and whose leaving opened it (null when never filled). */
    public record OpenSeat(SeatRole role, int slot, LocalDate since, Long previousAppointmentId, String previousHolderName) {
    }

    private record Event(LocalDate day, int delta, Period period) {
    }

    /** Open vacancies of every role of the template, today. */
    public static List<OpenSeat> vacancies(List<SeatRule> template, List<Period> periods, LocalDate formedOn, LocalDate today) {
        List<OpenSeat> open = new ArrayList<>();
        LocalDate baseline = baseline(periods, formedOn);
        for (SeatRule rule : template) {
            if (rule.minCount() == 0) {
                continue;
            }
            Deque<OpenSeat> queue = new ArrayDeque<>();
            for (int i = 0; i < rule.minCount(); i++) {
                queue.addLast(new OpenSeat(rule.role(), 0, baseline, null, null));
            }
            int holders = 0;
            for (Event e : events(periods, rule.role(), today)) {
                if (e.delta() > 0) {
                    holders++;
                    if (!queue.isEmpty()) {
                        queue.removeFirst();
                    }
                } else {
                    holders--;
                    if (holders < rule.minCount()) {
                        queue.addLast(new OpenSeat(rule.role(), 0, e.day(), e.period().appointmentId(), e.period().holderName()));
                    }
                }
            }
            int slot = 1;
            for (OpenSeat seat : queue) {
                // A stricter template makes a seat vacant only from the day it changed.
                LocalDate since = rule.changedOn() != null && rule.changedOn().isAfter(seat.since()) ? rule.changedOn() : seat.since();
                open.add(new OpenSeat(rule.role(), slot++, since, seat.previousAppointmentId(), seat.previousHolderName()));
            }
        }
        return open;
    }

    /** The days on which the team went from incomplete to complete (judged by today's template), oldest first. */
    public static List<LocalDate> completedOn(List<SeatRule> template, List<Period> periods, LocalDate today) {
        if (template.isEmpty()) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        for (SeatRule rule : template) {
            events.addAll(events(periods, rule.role(), today));
        }
        events.sort(Comparator.comparing(Event::day).thenComparingInt(Event::delta));
        Map<SeatRole, int[]> holders = new java.util.EnumMap<>(SeatRole.class);
        template.forEach(r -> holders.put(r.role(), new int[1]));
        boolean complete = complete(template, holders);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            holders.get(e.period().role())[0] += e.delta();
            boolean lastOfDay = i + 1 == events.size() || !events.get(i + 1).day().equals(e.day());
            if (lastOfDay) {
                boolean now = complete(template, holders);
                if (now && !complete) {
                    days.add(e.day());
                }
                complete = now;
            }
        }
        return days;
    }

    private static boolean complete(List<SeatRule> template, Map<SeatRole, int[]> holders) {
        return template.stream().allMatch(r -> holders.get(r.role())[0] >= r.minCount());
    }

    private static LocalDate baseline(List<Period> periods, LocalDate formedOn) {
        LocalDate first = periods.stream().map(Period::startedOn).min(Comparator.naturalOrder()).orElse(formedOn);
        return first.isBefore(formedOn) ? first : formedOn;
    }

    /** Starts and ends up to today; on one day, leaving comes before arriving (a handover). */
    private static List<Event> events(List<Period> periods, SeatRole role, LocalDate today) {
        List<Event> events = new ArrayList<>();
        for (Period p : periods) {
            boolean zeroLength = p.endedOn() != null && !p.endedOn().isAfter(p.startedOn());
            if (p.role() != role || p.startedOn().isAfter(today) || zeroLength) {
                continue;
            }
            events.add(new Event(p.startedOn(), +1, p));
            if (p.endedOn() != null && !p.endedOn().isAfter(today)) {
                events.add(new Event(p.endedOn(), -1, p));
            }
        }
        events.sort(Comparator.comparing(Event::day).thenComparingInt(Event::delta));
        return events;
    }
}
