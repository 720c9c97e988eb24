package cn.ggw.volunteers;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the activity log and the care log read and write. No ID number or phone ever appears
 * here: an activity names its person by id and name only.
 */
public final class ActivityDtos {

    static final int TEXT_MAX = 500;

    private ActivityDtos() {
    }

    @Schema(name = "VolunteerRef", description = "A volunteer named by id and name only")
    public record VolunteerRef(
            @Schema(examples = "101") long id,
            @Schema(nullable = true, examples = "王德明",
                    description = "Null when the person is registered outside the caller's scope (the activity took place inside it)")
            String name) {
    }

    @Schema(name = "VolunteerActivity", description = "One piece of a volunteer's work (发挥作用记录)")
    public record ActivityView(
            @Schema(examples = "501") long id,
            VolunteerRef volunteer,
            @Schema(examples = "2026-05-04") LocalDate date,
            ActivityArea area,
            @Schema(examples = "2.5", description = "Hours, one decimal") BigDecimal hours,
            @Schema(examples = "30", description = "Young people reached") int youthReached,
            @Schema(description = "Where it took place") OrgUnitRef unit,
            @Schema(examples = "在村网吧开展义务监督，劝离未成年人 3 名") String description,
            @Schema(description = "Send back when changing the record; a stale version is refused with 409") long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {
    }

    @Schema(name = "CreateVolunteerActivityRequest")
    public record CreateActivityRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2026-05-04",
                    description = "Not in the future, not before 2000-01-01") LocalDate date,
            @NotNull(message = "{ggw.required}") @Schema(required = true) ActivityArea area,
            @NotNull(message = "{ggw.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{ggw.activity.hours.range}")
            @DecimalMax(value = "24", message = "{ggw.activity.hours.range}")
            @Digits(integer = 2, fraction = 1, message = "{ggw.activity.hours.range}")
            @Schema(required = true, examples = "2.5", description = "More than 0, at most 24, one decimal") BigDecimal hours,
            @NotNull(message = "{ggw.required}")
            @Min(value = 0, message = "{ggw.activity.youth.range}") @Max(value = 100_000, message = "{ggw.activity.youth.range}")
            @Schema(required = true, examples = "30", description = "Young people reached, 0–100000") Integer youthReached,
            @Schema(nullable = true, examples = "12",
                    description = "Where it took place, a unit of the caller's scope; the volunteer's home unit when omitted") Long unitId,
            @NotBlank(message = "{ggw.blank}") @Size(max = TEXT_MAX, message = "{ggw.activity.text.size}")
            @Schema(required = true, examples = "在村网吧开展义务监督，劝离未成年人 3 名") String description) implements ActivityInput {
    }

    @Schema(name = "UpdateVolunteerActivityRequest")
    public record UpdateActivityRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) LocalDate date,
            @NotNull(message = "{ggw.required}") @Schema(required = true) ActivityArea area,
            @NotNull(message = "{ggw.required}")
            @DecimalMin(value = "0", inclusive = false, message = "{ggw.activity.hours.range}")
            @DecimalMax(value = "24", message = "{ggw.activity.hours.range}")
            @Digits(integer = 2, fraction = 1, message = "{ggw.activity.hours.range}")
            @Schema(required = true) BigDecimal hours,
            @NotNull(message = "{ggw.required}")
            @Min(value = 0, message = "{ggw.activity.youth.range}") @Max(value = 100_000, message = "{ggw.activity.youth.range}")
            @Schema(required = true) Integer youthReached,
            @Schema(nullable = true, description = "Where it took place; unchanged when omitted") Long unitId,
            @NotBlank(message = "{ggw.blank}") @Size(max = TEXT_MAX, message = "{ggw.activity.text.size}")
            @Schema(required = true) String description,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The version that was read") Long version)
            implements ActivityInput {
    }

    /** The fields create and update share. */
    interface ActivityInput {
        LocalDate date();

        ActivityArea area();

        BigDecimal hours();

        Integer youthReached();

        Long unitId();

        String description();
    }

    @Schema(name = "VolunteerActivitySummary", description = "Activity figures for a unit's subtree; no personal data")
    public record ActivitySummary(
            @Schema(description = "The unit summed up, with everything below it") OrgUnitRef unit,
            @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to,
            @Schema(description = "Everything in the subtree") ActivityFigures total,
            @Schema(description = "By area, every area listed") List<AreaFigures> byArea,
            @Schema(description = "Activities placed at the unit itself") ActivityFigures atUnitItself,
            @Schema(description = "By child unit, each with its subtree") List<UnitFigures> byChildUnit) {
    }

    @Schema(name = "VolunteerActivityFigures")
    public record ActivityFigures(
            @Schema(examples = "12") long count,
            @Schema(examples = "30.5") BigDecimal hours,
            @Schema(examples = "240") long youthReached) {

        static final ActivityFigures NONE = new ActivityFigures(0, BigDecimal.ZERO, 0);

        ActivityFigures plus(ActivityFigures other) {
            return new ActivityFigures(count + other.count, hours.add(other.hours), youthReached + other.youthReached);
        }
    }

    @Schema(name = "VolunteerActivityAreaFigures")
    public record AreaFigures(ActivityArea area, long count, BigDecimal hours, long youthReached) {
    }

    @Schema(name = "VolunteerActivityUnitFigures")
    public record UnitFigures(OrgUnitRef unit, long count, BigDecimal hours, long youthReached) {
    }

    @Schema(name = "VolunteerCareRecord", description = "Care given to a 五老 (关爱五老)")
    public record CareRecordView(
            @Schema(examples = "301") long id,
            @Schema(examples = "101") long volunteerId,
            @Schema(examples = "2026-01-20") LocalDate date,
            CareKind kind,
            @Schema(nullable = true, examples = "春节前登门慰问，送去米面油") String description,
            @Schema(nullable = true, examples = "镇关工委") String givenBy,
            Instant createdAt,
            String createdBy) {

        static CareRecordView of(CareRecord r) {
            return new CareRecordView(r.id, r.volunteerId, r.date, r.kind, r.description, r.givenBy, r.createdAt, r.createdBy);
        }
    }

    @Schema(name = "CreateVolunteerCareRecordRequest")
    public record CreateCareRecordRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2026-01-20",
                    description = "Not in the future, not before 2000-01-01") LocalDate date,
            @NotNull(message = "{ggw.required}") @Schema(required = true) CareKind kind,
            @Size(max = TEXT_MAX, message = "{ggw.activity.text.size}")
            @Schema(nullable = true, examples = "春节前登门慰问，送去米面油") String description,
            @Size(max = 100, message = "{ggw.activity.text.size}") @Schema(nullable = true, examples = "镇关工委") String givenBy) {
    }
}
