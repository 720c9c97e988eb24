package cn.ggw.committees;

import java.time.LocalDate;

/** One row of a seat template: a role with its required count, optional maximum and age limit. */
public record SeatRule(SeatRole role, int minCount, Integer maxCount, Integer maxAge, LocalDate changedOn) {

    public boolean allows(int holders) {
        return maxCount == null || holders <= maxCount;
    }
}
