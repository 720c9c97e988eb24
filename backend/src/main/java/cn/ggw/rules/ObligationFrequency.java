package cn.ggw.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** How often an obligation falls due: every month, every quarter, every year (calendar periods). */
public enum ObligationFrequency {
    MONTHLY, QUARTERLY, YEARLY;

    /** The calendar period a day falls in: "2013-07", "2013-Q3", "2013". */
    public String periodOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
            case QUARTERLY -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEARLY -> String.valueOf(day.getYear());
        };
    }

    /** The first day of the period a day falls in. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEARLY -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
            case YEARLY -> start.plusYears(1);
        };
    }

    /** The start days of the periods lying wholly within [from, to]. */
    public List<LocalDate> periodsWithin(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = startOf(from);
        if (start.isBefore(from)) {
            start = next(start);
        }
        while (!next(start).minusDays(1).isAfter(to)) {
            starts.add(start);
            start = next(start);
        }
        return starts;
    }
}
