package cn.ggw.exemplars;

import cn.ggw.documents.RichText;
import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the exemplar API reads and writes; entities never leave the service. */
public final class ExemplarDtos {

    private ExemplarDtos() {
    }

    public static final String CATEGORY_DOC = "The code of a category of the register (GET /exemplar-categories): FOUR_SELF_GROUP 四自小组, "
            + "EXECUTIVE_VICE_DIRECTOR 村关工委常务副主任, COMMUNITY_COMMITTEE 社区“五好”关工委, FIVE_ELDERS 五老, OTHER 其他, "
            + "or one the district added";

    @Schema(name = "NominateExemplarRequest", description = "A nomination with its write-up; photos are uploaded first (POST /files) and named in IMAGE blocks")
    public record NominateExemplarRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The unit the exemplar belongs to, in the caller's scope", examples = "12") Long unitId,
            @NotBlank(message = "{ggw.required}") @Size(max = 32, message = "{ggw.activity.text.size}")
            @Schema(required = true, description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            @NotNull(message = "{ggw.required}") @Min(value = 1990, message = "{ggw.exemplar.year.range}") @Max(value = 2100, message = "{ggw.exemplar.year.range}")
            @Schema(required = true, examples = "2013") Integer year,
            @NotBlank(message = "{ggw.required}") @Size(max = 200, message = "{ggw.activity.text.size}")
            @Schema(required = true, examples = "红星村“四自小组”带领青年农民致富") String title,
            @NotBlank(message = "{ggw.required}") @Size(max = 100, message = "{ggw.activity.text.size}")
            @Schema(required = true, description = "The person, group or unit the write-up is about", examples = "红星村四自小组") String subjectName,
            @Schema(nullable = true, description = "The person in the 五老 registry: required where the category is about a person only (FIVE_ELDERS, EXECUTIVE_VICE_DIRECTOR), refused where it is not about a person", examples = "101") Long volunteerId,
            @NotNull(message = "{ggw.required}") @Valid @Schema(required = true, description = "The write-up (总结): headings, paragraphs, photos with captions") RichText body) {
    }

    @Schema(name = "UpdateExemplarRequest", description = "A corrected write-up, while it is SUBMITTED (not yet reviewed) or RETURNED")
    public record UpdateExemplarRequest(
            @NotBlank(message = "{ggw.required}") @Size(max = 200, message = "{ggw.activity.text.size}") @Schema(required = true) String title,
            @NotBlank(message = "{ggw.required}") @Size(max = 100, message = "{ggw.activity.text.size}") @Schema(required = true) String subjectName,
            @Schema(nullable = true) Long volunteerId,
            @NotNull(message = "{ggw.required}") @Valid @Schema(required = true) RichText body,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The version that was read; a stale one is 409") Long version) {
    }

    @Schema(name = "ExemplarReviewRequest")
    public record ReviewRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) ReviewDecision decision,
            @Size(max = 1000, message = "{ggw.activity.text.size}")
            @Schema(nullable = true, description = "Required when returning or rejecting: what to change, or why", examples = "请补充活动照片和带动增收的数据。") String comment) {
    }

    @Schema(name = "ResubmitExemplarRequest")
    public record ResubmitRequest(
            @Size(max = 1000, message = "{ggw.activity.text.size}") @Schema(nullable = true, examples = "已补充照片。") String comment) {
    }

    @Schema(name = "ExemplarStep", description = "One step of the exemplar's way")
    public record StepView(
            long id,
            @Schema(description = "NOMINATE, EDIT, RESUBMIT, FORWARD, RETURN, APPROVE, REJECT, PRESENT, SUBMIT_TO_CITY, CITY_ADOPTED, CITY_NOT_ADOPTED",
                    examples = "FORWARD") String action,
            @Schema(nullable = true) ReviewLevel level,
            @Schema(nullable = true) ExemplarStatus fromStatus,
            @Schema(nullable = true) ExemplarStatus toStatus,
            @Schema(nullable = true) String comment,
            Instant actedAt,
            @Schema(examples = "township.staff") String actedBy,
            @Schema(examples = "李干事") String actedByName) {

        static StepView of(ExemplarStep s) {
            return new StepView(s.id, s.action, s.level, s.fromStatus, s.toStatus, s.comment, s.actedAt, s.actedBy, s.actedByName);
        }
    }

    @Schema(name = "ExemplarCity", description = "The exemplar's way to the city's book")
    public record CityView(
            @Schema(nullable = true) LocalDate submittedOn,
            @Schema(nullable = true, description = "null: the city has not decided yet") Boolean adopted,
            @Schema(nullable = true) LocalDate decidedOn,
            @Schema(nullable = true, examples = "《“五老”光彩映后人》") String book,
            @Schema(nullable = true) String note) {
    }

    @Schema(name = "ExemplarMeetingRef", description = "An exchange meeting where the exemplar was presented")
    public record MeetingRef(long id, String title, LocalDate heldOn) {
    }

    @Schema(name = "ExemplarSummary", description = "An exemplar in a list")
    public record ExemplarSummary(
            long id,
            OrgUnitRef unit,
            @Schema(description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            int year,
            String title,
            String subjectName,
            ExemplarStatus status,
            @Schema(nullable = true, description = "Whose move it is: TOWNSHIP or DISTRICT; null when nobody's") ReviewLevel awaiting,
            Instant nominatedAt,
            @Schema(description = "Presented at an exchange meeting") boolean presented,
            CityView city,
            long version) {
    }

    @Schema(name = "Exemplar", description = "An exemplar with its write-up, photos, history, meetings and the city's answer")
    public record ExemplarView(
            long id,
            OrgUnitRef unit,
            @Schema(description = "The unit of the account that nominated it") OrgUnitRef nominatingUnit,
            @Schema(description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            int year,
            String title,
            String subjectName,
            @Schema(nullable = true) Long volunteerId,
            RichText body,
            @Schema(description = "The stored files the write-up shows (photos), in order") List<StoredFileView> photos,
            ExemplarStatus status,
            @Schema(nullable = true) ReviewLevel awaiting,
            @Schema(description = "Whether the township level reviews it (false for units not under a township or street)") boolean townshipReview,
            Instant nominatedAt,
            String nominatedBy,
            @Schema(nullable = true) Instant approvedAt,
            List<MeetingRef> meetings,
            CityView city,
            List<StepView> history,
            long version) {
    }

    // ---- exchange meetings ------------------------------------------------------------------

    @Schema(name = "ExchangeMeetingRequest")
    public record MeetingRequest(
            @NotBlank(message = "{ggw.required}") @Size(max = 200, message = "{ggw.activity.text.size}")
            @Schema(required = true, examples = "全区“四自小组”经验交流会") String title,
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2011-11-18") LocalDate heldOn,
            @NotBlank(message = "{ggw.required}") @Size(max = 200, message = "{ggw.activity.text.size}")
            @Schema(required = true, examples = "区政府三楼会议室") String place,
            @Size(max = 500, message = "{ggw.activity.text.size}") @Schema(nullable = true, examples = "区委副书记、区关工委主任") String leaders,
            @Size(max = 10000, message = "{ggw.activity.text.size}") @Schema(nullable = true) String minutes,
            @NotNull(message = "{ggw.required}") @Size(max = 100, message = "{ggw.volunteer.list.size}")
            @Schema(required = true, description = "Approved exemplars presented, in order") List<Long> exemplarIds,
            @Schema(nullable = true, description = "Updates only: the version that was read") Long version) {
    }

    @Schema(name = "ExchangeMeeting")
    public record MeetingView(
            long id,
            OrgUnitRef unit,
            String title,
            LocalDate heldOn,
            String place,
            @Schema(nullable = true) String leaders,
            @Schema(nullable = true) String minutes,
            List<ExemplarSummary> exemplars,
            Instant createdAt,
            String createdBy,
            long version) {
    }

    // ---- booklets ---------------------------------------------------------------------------

    @Schema(name = "BookletRequest")
    public record BookletRequest(
            @NotBlank(message = "{ggw.required}") @Size(max = 200, message = "{ggw.activity.text.size}")
            @Schema(required = true, examples = "洮北区“四自小组”典型材料汇编") String title,
            @Size(max = 10000, message = "{ggw.activity.text.size}") @Schema(nullable = true, description = "前言") String foreword,
            @Size(max = 200, message = "{ggw.activity.text.size}")
            @Schema(nullable = true, description = "Default: the caller's unit's name + 关心下一代工作委员会") String issuer,
            @Schema(nullable = true, description = "Default: today") LocalDate issuedOn,
            @NotNull(message = "{ggw.required}") @Size(min = 1, max = 200, message = "{ggw.exemplar.booklet.size}")
            @Schema(required = true, description = "Approved exemplars, in the booklet's order") List<Long> exemplarIds,
            @Schema(nullable = true, description = "Updates only: the version that was read") Long version) {
    }

    @Schema(name = "Booklet")
    public record BookletView(
            long id,
            OrgUnitRef unit,
            String title,
            @Schema(nullable = true) String foreword,
            String issuer,
            LocalDate issuedOn,
            List<ExemplarSummary> exemplars,
            Instant createdAt,
            String createdBy,
            long version) {
    }

    // ---- quotas ------------------------------------------------------------------------------

    @Schema(name = "SetExemplarQuotaRequest")
    public record SetQuotaRequest(
            @NotNull(message = "{ggw.required}") @Min(value = 1990, message = "{ggw.exemplar.year.range}") @Max(value = 2100, message = "{ggw.exemplar.year.range}")
            @Schema(required = true, examples = "2013") Integer year,
            @NotBlank(message = "{ggw.required}") @Size(max = 32, message = "{ggw.activity.text.size}")
            @Schema(required = true, description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            @NotNull(message = "{ggw.required}") @Min(value = 0, message = "{ggw.exemplar.quota.range}") @Max(value = 1000, message = "{ggw.exemplar.quota.range}")
            @Schema(required = true, description = "Places for the caller's unit and everything below it", examples = "11") Integer quota) {
    }

    @Schema(name = "ExemplarQuota", description = "How many exemplars of a category may be nominated in a year under a unit, and how many are")
    public record QuotaView(
            @Schema(description = "The unit that set it (the caller's or one above)") OrgUnitRef unit,
            int year,
            @Schema(description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            int quota,
            @Schema(description = "Nominated so far (rejected ones give their place back)") long used) {
    }

    // ---- the city ---------------------------------------------------------------------------

    @Schema(name = "CityAdoptionRequest")
    public record AdoptionRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "Taken into the city's book (采用)") Boolean adopted,
            @Schema(nullable = true, description = "Default: today") LocalDate decidedOn,
            @Size(max = 200, message = "{ggw.activity.text.size}") @Schema(nullable = true, examples = "《“五老”光彩映后人》") String book,
            @Size(max = 500, message = "{ggw.activity.text.size}") @Schema(nullable = true) String note) {
    }

    @Schema(name = "CityExemplar", description = "A submitted exemplar as the city system reads it: no ID numbers, no phones")
    public record CityExemplar(
            long id,
            OrgUnitRef unit,
            @Schema(description = CATEGORY_DOC, examples = "FIVE_ELDERS") String category,
            @Schema(description = "The category's name as the district's register has it", examples = "五老") String categoryName,
            int year,
            String title,
            String subjectName,
            RichText body,
            @Schema(description = "Photos of the write-up: GET /city/exemplars/{id}/photos/{fileId}") List<StoredFileView> photos,
            CityView city) {
    }

    // ---- the register of categories -----------------------------------------------------------

    @Schema(name = "ExemplarCategoryDefinition", description = "A category of the register: built in (every district) or added by a district")
    public record CategoryView(
            @Schema(examples = "FIVE_ELDERS") String code,
            @Schema(examples = "五老") String nameZh,
            @Schema(examples = "五老 volunteers") String nameEn,
            @Schema(description = "What an exemplar of the category may be about") List<SubjectKind> subjectKinds,
            @Schema(description = "Inactive ones are kept for the exemplars that carry them but take no new nominations or quotas") boolean active,
            @Schema(description = "Built in: cannot be changed or removed") boolean builtIn,
            @Schema(nullable = true, description = "The district that added it; null when built in") OrgUnitRef unit,
            @Schema(description = "Exemplars or quotas carry it, so it can only be deactivated") boolean inUse,
            long version) {
    }

    @Schema(name = "CreateExemplarCategoryRequest", description = "A category the district adds for its subtree")
    public record CreateCategoryRequest(
            @NotBlank(message = "{ggw.required}") @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{ggw.exemplar.category.code}")
            @Schema(required = true, description = "Capital letters, digits and _ (2–32), kept by exemplars and the city", examples = "MODEL_FAMILY") String code,
            @NotBlank(message = "{ggw.required}") @Size(max = 50, message = "{ggw.activity.text.size}") @Schema(required = true, examples = "五好家庭") String nameZh,
            @NotBlank(message = "{ggw.required}") @Size(max = 100, message = "{ggw.activity.text.size}") @Schema(required = true, examples = "Model families") String nameEn,
            @NotNull(message = "{ggw.required}") @Size(min = 1, max = 4, message = "{ggw.exemplar.category.kinds}")
            @Schema(required = true) List<@NotNull(message = "{ggw.required}") SubjectKind> subjectKinds) {
    }

    @Schema(name = "UpdateExemplarCategoryRequest", description = "New names, subject kinds or activity of a category the district added")
    public record UpdateCategoryRequest(
            @NotBlank(message = "{ggw.required}") @Size(max = 50, message = "{ggw.activity.text.size}") @Schema(required = true) String nameZh,
            @NotBlank(message = "{ggw.required}") @Size(max = 100, message = "{ggw.activity.text.size}") @Schema(required = true) String nameEn,
            @NotNull(message = "{ggw.required}") @Size(min = 1, max = 4, message = "{ggw.exemplar.category.kinds}")
            @Schema(required = true) List<@NotNull(message = "{ggw.required}") SubjectKind> subjectKinds,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Boolean active,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long version) {
    }
}
