package cn.ggw.dashboard;

import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * One thing that needs attention. {@code kind} is a stable key ({@code committees.vacancy}); {@code since}
 * the day it began (the older, the more urgent); {@code link} the SPA page of the list behind it.
 */
@Schema(name = "AttentionItem", description = "Something in the unit's subtree that needs a leader's attention today")
public record AttentionItem(
        WorkLine line,
        @Schema(description = "Stable key of the kind of item", examples = "committees.vacancy") String kind,
        @Schema(description = "The unit it concerns") OrgUnitRef unit,
        @Schema(nullable = true, description = "When it began (oldest first)", examples = "2026-03-01") LocalDate since,
        @Schema(nullable = true, description = "Days since it began", examples = "280") Long days,
        @Schema(nullable = true, description = "How many (people, seats …) where the item counts something", examples = "12") Long count,
        @Schema(description = "Past a threshold or deadline") boolean overdue,
        @Schema(description = "What it is, in the caller's language", examples = "红星村：常务副主任空缺 280 天") String text,
        @Schema(nullable = true, description = "The SPA page of the list behind it", examples = "/committees/vacancies") String link) {
}
