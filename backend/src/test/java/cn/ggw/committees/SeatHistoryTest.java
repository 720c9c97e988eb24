package cn.ggw.committees;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeatHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate FORMED = LocalDate.of(2009, 3, 1);
    static final List<SeatRule> VILLAGE = List.of(
            new SeatRule(SeatRole.DIRECTOR, 1, 1, 80, FORMED),
            new SeatRule(SeatRole.MEMBER, 3, null, null, FORMED));

    static SeatHistory.Period p(long id, SeatRole role, String from, String to) {
        return new SeatHistory.Period(id, "P" + id, role, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    @DisplayName("a seat never filled is vacant since the team's record began")
    void neverFilled() {
        List<SeatHistory.OpenSeat> open = SeatHistory.vacancies(VILLAGE, List.of(), FORMED, TODAY);
        assertEquals(4, open.size());
        assertEquals(FORMED, open.get(0).since());
        assertEquals(null, open.get(0).previousAppointmentId());
    }

    @Test
    @DisplayName("a seat is vacant from the day its holder left; a handover on the same day leaves no vacancy")
    void leftAndHandover() {
        List<SeatHistory.Period> periods = List.of(
                p(1, SeatRole.DIRECTOR, "2009-03-01", "2015-01-01"),
                p(2, SeatRole.DIRECTOR, "2015-01-01", null),
                p(3, SeatRole.MEMBER, "2009-03-01", null),
                p(4, SeatRole.MEMBER, "2009-03-01", null),
                p(5, SeatRole.MEMBER, "2009-03-01", "2026-10-01"));
        List<SeatHistory.OpenSeat> open = SeatHistory.vacancies(VILLAGE, periods, FORMED, TODAY);
        assertEquals(1, open.size());
        assertEquals(SeatRole.MEMBER, open.get(0).role());
        assertEquals(LocalDate.of(2026, 10, 1), open.get(0).since());
        assertEquals(5L, open.get(0).previousAppointmentId());
    }

    @Test
    @DisplayName("a new holder fills the oldest open vacancy of the role first")
    void oldestFirst() {
        List<SeatHistory.Period> periods = List.of(
                p(1, SeatRole.MEMBER, "2009-03-01", "2020-01-01"),
                p(2, SeatRole.MEMBER, "2009-03-01", "2023-01-01"),
                p(3, SeatRole.MEMBER, "2009-03-01", null),
                p(4, SeatRole.MEMBER, "2023-02-01", null));
        List<SeatHistory.OpenSeat> open = SeatHistory.vacancies(VILLAGE, periods, FORMED, TODAY).stream()
                .filter(s -> s.role() == SeatRole.MEMBER).toList();
        assertEquals(1, open.size());
        assertEquals(LocalDate.of(2023, 1, 1), open.get(0).since());
    }

    @Test
    @DisplayName("a stricter template dates the new vacancy from its change; a holder starting next week does not hold the seat yet")
    void templateAndFuture() {
        List<SeatRule> stricter = List.of(new SeatRule(SeatRole.MEMBER, 2, null, null, LocalDate.of(2026, 11, 1)));
        List<SeatHistory.Period> periods = List.of(
                p(1, SeatRole.MEMBER, "2009-03-01", null),
                p(2, SeatRole.MEMBER, "2026-12-01", null));
        List<SeatHistory.OpenSeat> open = SeatHistory.vacancies(stricter, periods, FORMED, TODAY);
        assertEquals(1, open.size());
        assertEquals(LocalDate.of(2026, 11, 1), open.get(0).since());
    }

    @Test
    @DisplayName("the days a team became complete")
    void completedOn() {
        List<SeatHistory.Period> periods = List.of(
                p(1, SeatRole.DIRECTOR, "2010-01-01", null),
                p(2, SeatRole.MEMBER, "2010-01-01", null),
                p(3, SeatRole.MEMBER, "2010-01-01", null),
                p(4, SeatRole.MEMBER, "2011-06-01", "2020-01-01"),
                p(5, SeatRole.MEMBER, "2020-02-01", null));
        assertEquals(List.of(LocalDate.of(2011, 6, 1), LocalDate.of(2020, 2, 1)), SeatHistory.completedOn(VILLAGE, periods, TODAY));
    }
}
