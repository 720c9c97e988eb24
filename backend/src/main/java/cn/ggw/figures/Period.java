package cn.ggw.figures;

import cn.ggw.common.ProblemException;

import java.time.LocalDate;

/** The days a figure covers, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    /** The earliest and latest days any figure may ask about. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period has both ends");
        }
    }

    /**
     * A period from request parameters: 400 (naming the field) when an end lies before 1949-10-01 or
     * in the future, or when it ends before it starts. Missing ends default to the calendar year of
     * {@code today} up to today.
     */
    public static Period checked(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        if (start.isBefore(EARLIEST)) {
            throw ProblemException.invalid("from", "period.too-early");
        }
        if (end.isBefore(EARLIEST)) {
            throw ProblemException.invalid("to", "period.too-early");
        }
        if (start.isAfter(today)) {
            throw ProblemException.invalid("from", "period.future");
        }
        if (end.isAfter(today)) {
            throw ProblemException.invalid("to", "period.future");
        }
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "period.ends-before-start");
        }
        return new Period(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The period of the same length that ends the day before this one starts (for "change against"). */
    public Period previous() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        LocalDate end = from.minusDays(1);
        return new Period(end.minusDays(days), end);
    }
}
