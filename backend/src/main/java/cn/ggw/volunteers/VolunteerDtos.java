package cn.ggw.volunteers;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the volunteers API reads and writes. ID numbers and phones leave the service masked,
 * except through the audited reveal. Status and history are not part of the write requests:
 * they change only through the status endpoint.
 */
public final class VolunteerDtos {

    private VolunteerDtos() {
    }

    @Schema(name = "VolunteerSummary", description = "A volunteer in a list: personal numbers always masked")
    public record VolunteerSummary(
            @Schema(examples = "101") long id,
            @Schema(examples = "王德明") String name,
            Gender gender,
            @Schema(examples = "72") int age,
            @Schema(examples = "220802********1234") String idNumberMasked,
            @Schema(nullable = true, examples = "138****5678") String phoneMasked,
            List<VolunteerCategory> categories,
            List<ActivityArea> activityAreas,
            VolunteerStatus status,
            @Schema(description = "The home unit") OrgUnitRef unit) {
    }

    @Schema(name = "VolunteerDetail", description = "One volunteer, masked; address and health only through the reveal."
            + " No birth date: beside the masked ID number it would be exactly the hidden digits (the reveal gives the whole number)")
    public record VolunteerDetail(
            long id,
            String name,
            Gender gender,
            @Schema(description = "Age in whole years") int age,
            @Schema(examples = "220802********1234") String idNumberMasked,
            @Schema(nullable = true, examples = "138****5678") String phoneMasked,
            @Schema(description = "Whether an address is on file (read it through the reveal)") boolean hasAddress,
            @Schema(description = "Whether a health note is on file (read it through the reveal)") boolean hasHealth,
            List<VolunteerCategory> categories,
            @Schema(nullable = true, examples = "洮北区教育局") String formerEmployer,
            @Schema(nullable = true, examples = "副局长") String formerPost,
            @Schema(nullable = true) RetirementType retirementType,
            @Schema(examples = "[\"书法\", \"宣讲\"]") List<String> skills,
            List<ActivityArea> activityAreas,
            VolunteerStatus status,
            Instant statusChangedAt,
            @Schema(description = "The home unit") OrgUnitRef unit,
            @Schema(description = "Send back when changing the record; a stale version is refused with 409") long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {
    }

    @Schema(name = "VolunteerPersonalData", description = "The full personal data of one volunteer; every reveal is audited")
    public record VolunteerPersonalData(
            long id,
            @Schema(examples = "22080219500101123X") String idNumber,
            @Schema(nullable = true, examples = "13812345678") String phone,
            @Schema(nullable = true, examples = "平台镇红星村三组") String address,
            @Schema(nullable = true, examples = "身体健康") String health) {
    }

    @Schema(name = "CreateVolunteerRequest")
    public record CreateVolunteerRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The home unit", examples = "12") Long unitId,
            @NotBlank(message = "{ggw.blank}") @Size(max = 50, message = "{ggw.volunteer.name.size}")
            @Schema(required = true, examples = "王德明") String name,
            @NotBlank(message = "{ggw.blank}") @Size(max = 40, message = "{ggw.volunteer.id-number.size}")
            @Schema(required = true, description = "身份证号, 18 characters with a valid check character", examples = "22080219500101123X") String idNumber,
            @Schema(nullable = true, description = "When given, must agree with the ID number") Gender gender,
            @Schema(nullable = true, description = "When given, must agree with the ID number") LocalDate birthDate,
            @Size(max = 20, message = "{ggw.volunteer.phone.size}")
            @Schema(nullable = true, description = "Mainland mobile or landline with area code", examples = "13812345678") String phone,
            @Size(max = 200, message = "{ggw.volunteer.text200.size}") @Schema(nullable = true) String address,
            @Size(max = 5, message = "{ggw.volunteer.list.size}") @Schema(nullable = true) List<@NotNull(message = "{ggw.required}") VolunteerCategory> categories,
            @Size(max = 100, message = "{ggw.volunteer.text100.size}") @Schema(nullable = true) String formerEmployer,
            @Size(max = 100, message = "{ggw.volunteer.text100.size}") @Schema(nullable = true) String formerPost,
            @Schema(nullable = true) RetirementType retirementType,
            @Size(max = 200, message = "{ggw.volunteer.text200.size}") @Schema(nullable = true) String health,
            @Size(max = 20, message = "{ggw.volunteer.list.size}") @Schema(nullable = true)
            List<@NotBlank(message = "{ggw.blank}") @Size(max = 50, message = "{ggw.volunteer.skill.size}") String> skills,
            @Size(max = 7, message = "{ggw.volunteer.list.size}") @Schema(nullable = true) List<@NotNull(message = "{ggw.required}") ActivityArea> activityAreas,
            @Schema(nullable = true, description = "Confirms a person younger than 50 on purpose") Boolean confirmYoung) implements VolunteerInput {
    }

    @Schema(name = "UpdateVolunteerRequest")
    public record UpdateVolunteerRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The home unit; another one moves the volunteer") Long unitId,
            @NotBlank(message = "{ggw.blank}") @Size(max = 50, message = "{ggw.volunteer.name.size}") @Schema(required = true) String name,
            @NotBlank(message = "{ggw.blank}") @Size(max = 40, message = "{ggw.volunteer.id-number.size}") @Schema(required = true) String idNumber,
            @Schema(nullable = true) Gender gender,
            @Schema(nullable = true) LocalDate birthDate,
            @Size(max = 20, message = "{ggw.volunteer.phone.size}") @Schema(nullable = true) String phone,
            @Size(max = 200, message = "{ggw.volunteer.text200.size}") @Schema(nullable = true) String address,
            @Size(max = 5, message = "{ggw.volunteer.list.size}") @Schema(nullable = true) List<@NotNull(message = "{ggw.required}") VolunteerCategory> categories,
            @Size(max = 100, message = "{ggw.volunteer.text100.size}") @Schema(nullable = true) String formerEmployer,
            @Size(max = 100, message = "{ggw.volunteer.text100.size}") @Schema(nullable = true) String formerPost,
            @Schema(nullable = true) RetirementType retirementType,
            @Size(max = 200, message = "{ggw.volunteer.text200.size}") @Schema(nullable = true) String health,
            @Size(max = 20, message = "{ggw.volunteer.list.size}") @Schema(nullable = true)
            List<@NotBlank(message = "{ggw.blank}") @Size(max = 50, message = "{ggw.volunteer.skill.size}") String> skills,
            @Size(max = 7, message = "{ggw.volunteer.list.size}") @Schema(nullable = true) List<@NotNull(message = "{ggw.required}") ActivityArea> activityAreas,
            @Schema(nullable = true) Boolean confirmYoung,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The version that was read") Long version) implements VolunteerInput {
    }

    /** The fields create and update share. */
    interface VolunteerInput {
        Long unitId();

        String name();

        String idNumber();

        Gender gender();

        LocalDate birthDate();

        String phone();

        String address();

        List<VolunteerCategory> categories();

        String formerEmployer();

        String formerPost();

        RetirementType retirementType();

        String health();

        List<String> skills();

        List<ActivityArea> activityAreas();

        Boolean confirmYoung();
    }

    @Schema(name = "ChangeVolunteerStatusRequest")
    public record ChangeVolunteerStatusRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) VolunteerStatus status,
            @Size(max = 200, message = "{ggw.volunteer.text200.size}") @Schema(nullable = true, examples = "登门走访") String note,
            @Schema(nullable = true, description = "The version that was read; a stale one is refused with 409") Long version) {
    }

    @Schema(name = "VolunteerStatusChange", description = "One step in the mobilisation funnel")
    public record StatusChangeView(
            long id,
            @Schema(nullable = true, description = "Null for the registration itself") VolunteerStatus fromStatus,
            VolunteerStatus toStatus,
            Instant changedAt,
            String changedBy,
            @Schema(nullable = true, examples = "登门走访") String note) {

        static StatusChangeView of(VolunteerStatusChange c) {
            return new StatusChangeView(c.id, c.fromStatus, c.toStatus, c.changedAt, c.changedBy, c.note);
        }
    }

    @Schema(name = "VolunteerSearchRequest", description = "The list's filters, sent in the body so that fragments of names, phones or ID numbers never appear in URLs or access logs")
    public record SearchRequest(
            @Schema(nullable = true, description = "Only this unit and the units below it") Long unitId,
            @Schema(nullable = true) VolunteerCategory category,
            @Schema(nullable = true) VolunteerStatus status,
            @Schema(nullable = true) ActivityArea area,
            @Min(value = 0, message = "{ggw.volunteer.age.range}") @Max(value = 150, message = "{ggw.volunteer.age.range}")
            @Schema(nullable = true, description = "Age in whole years, at least") Integer minAge,
            @Min(value = 0, message = "{ggw.volunteer.age.range}") @Max(value = 150, message = "{ggw.volunteer.age.range}")
            @Schema(nullable = true, description = "Age in whole years, at most") Integer maxAge,
            @Size(max = 50, message = "{ggw.volunteer.q.size}")
            @Schema(nullable = true, description = "A fragment of the name; or a whole ID number or phone; a fragment of an ID number or phone only for roles that may reveal", examples = "王") String q,
            @Schema(nullable = true, description = "Page size, 1–200 (default 50); refused by the export (400), which holds the whole selection") Integer limit,
            @Schema(nullable = true, description = "nextCursor of the previous page; refused by the export (400)") String cursor) {
    }

    @Schema(name = "VolunteerCounts", description = "Counts for a unit's subtree; no personal data")
    public record VolunteerCounts(
            @Schema(description = "The unit counted, with everything below it") OrgUnitRef unit,
            @Schema(description = "People on the register (not withdrawn, not deceased)") long onRegister,
            @Schema(description = "Everyone, by status") List<StatusCount> byStatus,
            @Schema(description = "People on the register, by category (one person may have several)") List<CategoryCount> byCategory,
            @Schema(description = "People on the register, by activity area (one person may have several)") List<AreaCount> byArea,
            @Schema(description = "People on the register whose home is the unit itself") long atUnitItself,
            @Schema(description = "People on the register, by active child unit (each with its subtree)") List<UnitCount> byChildUnit) {
    }

    @Schema(name = "VolunteerStatusCount")
    public record StatusCount(VolunteerStatus status, long count) {
    }

    @Schema(name = "VolunteerCategoryCount")
    public record CategoryCount(VolunteerCategory category, long count) {
    }

    @Schema(name = "VolunteerAreaCount")
    public record AreaCount(ActivityArea area, long count) {
    }

    @Schema(name = "VolunteerUnitCount")
    public record UnitCount(OrgUnitRef unit, long count) {
    }
}
