package cn.ggw.trainings;

import cn.ggw.committees.SeatRole;
import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the training API reads and writes. Entities never leave the services. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    // ---- types ----------------------------------------------------------------------------

    @Schema(name = "TrainingType", description = "A kind of training: POLITICAL 政治培训, BUSINESS 业务培训, ONBOARDING 岗位培训, or one the district added")
    public record TrainingTypeView(
            @Schema(examples = "BUSINESS") String code,
            @Schema(examples = "业务培训") String nameZh,
            @Schema(examples = "Business training") String nameEn) {

        static TrainingTypeView of(TrainingType t) {
            return new TrainingTypeView(t.code, t.nameZh, t.nameEn);
        }
    }

    @Schema(name = "CreateTrainingTypeRequest")
    public record CreateTrainingTypeRequest(
            @Schema(required = true, description = "Upper-case letters, digits and _", examples = "LEGAL") String code,
            @Schema(required = true, examples = "法制培训") String nameZh,
            @Schema(required = true, examples = "Legal training") String nameEn) {
    }

    // ---- audience --------------------------------------------------------------------------

    @Schema(name = "AudienceRule", description = "Who must attend, evaluated against the committee teams on a date, within the organiser's subtree. "
            + "Examples: the 常务副主任 of every village (roles [EXECUTIVE_VICE_DIRECTOR], unitKinds [VILLAGE]); everyone appointed since a date "
            + "without on-boarding (appointedSince, withoutOnboarding true).")
    public record AudienceRule(
            @Schema(description = "Seats whose holders must attend; empty: every seat") List<SeatRole> roles,
            @Schema(description = "Kinds of unit whose teams are meant; empty: every kind") List<OrgUnitKind> unitKinds,
            @Schema(nullable = true, description = "Only people whose seat started on or after this day", examples = "2026-01-01") LocalDate appointedSince,
            @Schema(description = "Only people who have not attended an on-boarding (岗位培训) since their seat started") boolean withoutOnboarding,
            @Schema(description = "Include the organiser's own team (default: only the units below it)") boolean includeOrganiser) {

        public AudienceRule {
            roles = roles == null ? List.of() : List.copyOf(roles);
            unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
        }
    }

    @Schema(name = "AudiencePerson", description = "Someone the rule selects: a seat holder on the rule's date")
    public record AudiencePerson(
            @Schema(examples = "101") long volunteerId,
            @Schema(examples = "王德明") String name,
            OrgUnitRef unit,
            @Schema(nullable = true) SeatRole seatRole,
            @Schema(nullable = true, examples = "2024-03-01") LocalDate seatSince) {
    }

    @Schema(name = "AudiencePreviewRequest")
    public record AudiencePreviewRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2") Long organiserUnitId,
            @NotNull(message = "{ggw.required}") @Schema(required = true) AudienceRule rule,
            @Schema(nullable = true, description = "The teams on this day (default: today)", examples = "2026-05-10") LocalDate asOf) {
    }

    @Schema(name = "AudiencePreview", description = "The people a rule selects now, before anything is frozen")
    public record AudiencePreview(
            @Schema(examples = "147") int count,
            @Schema(description = "At most 500 of them, by unit") List<AudiencePerson> people,
            LocalDate asOf) {
    }

    @Schema(name = "AudienceRefresh", description = "What a refresh changed: people the rule now selects, and people it no longer does")
    public record AudienceRefresh(
            List<TraineeView> added,
            @Schema(description = "No longer selected: removed, or kept as extras when they already attended") List<TraineeView> dropped,
            @Schema(examples = "147") int required) {
    }

    // ---- sessions ---------------------------------------------------------------------------

    @Schema(name = "SyllabusItem", description = "One item of the 辅导提纲, in order")
    public record SyllabusItem(
            @Schema(required = true, examples = "关工委工作的重要意义") String title,
            @Schema(nullable = true, examples = "为什么要做好关心下一代工作") String notes) {
    }

    @Schema(name = "TrainingSessionInput", description = "A session as planned; its audience is frozen when it is published")
    public record TrainingSessionInput(
            @Schema(required = true, examples = "BUSINESS") String typeCode,
            @Schema(required = true, examples = "2010年村关工委常务副主任业务培训") String title,
            @Schema(required = true, description = "The district, or a township/street for its own subtree (下管一级)", examples = "2") Long organiserUnitId,
            @Schema(required = true, examples = "2010-05-12") LocalDate startsOn,
            @Schema(nullable = true, description = "Last day; default: the first (a one-day session)", examples = "2010-05-12") LocalDate endsOn,
            @Schema(nullable = true, examples = "平台镇政府会议室") String place,
            @Schema(nullable = true, description = "Default CENTRAL") TrainingMode mode,
            @Schema(description = "The areas of a session held BY_AREA (分片)") List<String> areas,
            @Schema(description = "Teachers (授课人)") List<String> teachers,
            @Schema(description = "The 辅导提纲, in order") List<SyllabusItem> syllabus,
            @Schema(required = true) AudienceRule audience,
            @Schema(nullable = true, description = "The teams on this day decide the audience (default: the first day)") LocalDate audienceAsOf,
            @Schema(description = "Uploaded files (POST /files) to attach as materials") List<Long> materialFileIds,
            @Schema(nullable = true, description = "Required when changing a session: the version read") Long version) {
    }

    @Schema(name = "TrainingPhase", description = "UPCOMING before the first day, ONGOING until the last, FINISHED after it")
    public enum Phase { UPCOMING, ONGOING, FINISHED }

    @Schema(name = "TrainingSessionSummary")
    public record TrainingSessionSummary(
            @Schema(examples = "12") long id,
            TrainingTypeView type,
            @Schema(examples = "2010年村关工委常务副主任业务培训") String title,
            OrgUnitRef organiser,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(nullable = true) String place,
            TrainingMode mode,
            SessionStatus status,
            Phase phase,
            @Schema(description = "Required audience (frozen once published)", examples = "14") long required,
            @Schema(description = "Of them trained (attended or made up)", examples = "14") long trained,
            @Schema(description = "Extras who attended without being required", examples = "1") long extras) {
    }

    @Schema(name = "TrainingSessionDetail")
    public record TrainingSessionDetail(
            TrainingSessionSummary summary,
            List<String> areas,
            List<String> teachers,
            List<SyllabusItem> syllabus,
            AudienceRule audience,
            LocalDate audienceAsOf,
            List<StoredFileView> materials,
            @Schema(nullable = true, description = "The code trainees check in with (shown as a QR code); only while the session is published and not finished, and only to the organiser's side",
                    examples = "482913") String checkInCode,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) String publishedBy,
            @Schema(nullable = true) String cancelReason,
            Instant createdAt,
            String createdBy,
            long version,
            @Schema(description = "What the caller may do") Permissions permissions) {
    }

    @Schema(name = "TrainingSessionPermissions")
    public record Permissions(boolean edit, boolean recordAttendance) {
    }

    @Schema(name = "CancelTrainingRequest")
    public record CancelTrainingRequest(@Schema(required = true, examples = "暴雪，改期") String reason, Long version) {
    }

    @Schema(name = "PublishTrainingRequest")
    public record PublishTrainingRequest(@Schema(required = true) Long version) {
    }

    // ---- trainees and attendance --------------------------------------------------------------

    @Schema(name = "Trainee", description = "One person of a session: required (RULE/MANUAL) or an extra")
    public record TraineeView(
            @Schema(examples = "3301") long id,
            @Schema(examples = "12") long sessionId,
            @Schema(examples = "101") long volunteerId,
            @Schema(examples = "王德明") String name,
            OrgUnitRef unit,
            @Schema(nullable = true) SeatRole seatRole,
            TraineeSource source,
            boolean required,
            AttendanceStatus status,
            @Schema(nullable = true) AttendanceMethod method,
            @Schema(nullable = true, examples = "住院") String reason,
            @Schema(nullable = true) LocalDate attendedOn,
            @Schema(nullable = true) Instant recordedAt,
            @Schema(nullable = true) String recordedBy,
            long version) {
    }

    @Schema(name = "AddTraineeRequest")
    public record AddTraineeRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "101") Long volunteerId,
            @Schema(description = "true: add to the required audience by hand; false: an extra who attends without being required") boolean required,
            @Schema(description = "For an extra: record the attendance at once (default true)", nullable = true) Boolean attended) {
    }

    @Schema(name = "RecordAttendanceRequest")
    public record RecordAttendanceRequest(
            @Schema(required = true, description = "ATTENDED, LEAVE (with a reason), ABSENT, MADE_UP (补训, with the day), or EXPECTED to clear") AttendanceStatus status,
            @Schema(nullable = true, examples = "住院") String reason,
            @Schema(nullable = true, description = "ATTENDED: default today within the session; MADE_UP: the day of the make-up") LocalDate attendedOn,
            @Schema(nullable = true) Long version) {
    }

    @Schema(name = "CheckInRequest")
    public record CheckInRequest(
            @Schema(required = true, description = "The six digits shown at the session", examples = "482913") String code,
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "101") Long volunteerId) {
    }

    @Schema(name = "TrainingInvitation", description = "A session one of the caller's people is in: what village staff see on their phone")
    public record Invitation(
            TraineeView trainee,
            @Schema(examples = "12") long sessionId,
            String sessionTitle,
            TrainingTypeView type,
            OrgUnitRef organiser,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(nullable = true) String place,
            SessionStatus sessionStatus,
            Phase phase) {
    }

    // ---- coverage ------------------------------------------------------------------------------

    @Schema(name = "TrainingCoverageRow")
    public record CoverageRow(
            OrgUnitRef unit,
            @Schema(examples = "147") long required,
            @Schema(examples = "144") long trained,
            @Schema(nullable = true, description = "trained ÷ required; null when nobody was required", examples = "0.9796") Double coverage,
            @Schema(description = "Sessions organised in this unit's subtree", examples = "11") long sessions) {
    }

    @Schema(name = "TrainingCoverage", description = "Trained of required per unit (the unit's subtree), for sessions starting in the period")
    public record Coverage(
            CoverageRow unit,
            List<CoverageRow> children,
            LocalDate from,
            LocalDate to,
            @Schema(nullable = true) String typeCode,
            @Schema(description = "Sessions held by the unit's subtree in the period against the yearly target", examples = "12") long sessionsHeld,
            @Schema(description = "The targets of the yearly plans in the unit's subtree for the period's years (of the type, if given); without a plan the default "
                    + "(一年12期) scaled to the period's years", examples = "12") long sessionsTarget) {
    }

    @Schema(name = "OwedReason", description = "MISSED: required at a finished session and not trained; ONBOARDING: appointed in the year without on-boarding")
    public enum OwedReason { MISSED, ONBOARDING }

    @Schema(name = "OwedTraining", description = "Someone still owed a training, with the deadline")
    public record Owed(
            @Schema(examples = "101") long volunteerId,
            @Schema(examples = "王德明") String name,
            OrgUnitRef unit,
            @Schema(nullable = true) SeatRole seatRole,
            OwedReason reason,
            @Schema(nullable = true) Long sessionId,
            @Schema(nullable = true) String sessionTitle,
            @Schema(nullable = true) AttendanceStatus status,
            @Schema(description = "Since: the session's last day, or the seat's first", examples = "2026-03-01") LocalDate since,
            @Schema(description = "To be trained by (31 December of the year for on-boarding)", examples = "2026-12-31") LocalDate deadline) {
    }

    // ---- yearly plans ------------------------------------------------------------------------

    @Schema(name = "TrainingPlan", description = "A unit's yearly plan (年度培训计划) for one type of training and how far along it is: published sessions "
            + "of the type the unit organised itself that started in the year (held, by month) against the target")
    public record TrainingPlanView(
            @Schema(examples = "3") long id,
            OrgUnitRef unit,
            @Schema(examples = "2026") int year,
            TrainingTypeView type,
            @Schema(description = "Sessions the unit means to hold in the year", examples = "12") int target,
            @Schema(description = "Published sessions of the type the unit organised that started in the year by today", examples = "7") long held,
            @Schema(description = "Published sessions of the type still to start in the year", examples = "2") long scheduled,
            @Schema(description = "Sessions held per month, January first (12 numbers)", examples = "[1, 0, 2, 1, 1, 0, 0, 1, 1, 0, 0, 0]") List<Long> heldByMonth,
            @Schema(nullable = true, description = "held ÷ target", examples = "0.5833") Double progress,
            @Schema(nullable = true, examples = "一年12期，每月一期") String note,
            @Schema(examples = "0") long version,
            @Schema(description = "Whether the caller may change the target") boolean editable) {
    }

    @Schema(name = "CreateTrainingPlanRequest", description = "A unit's plan for a year and a type; one per unit, year and type")
    public record CreateTrainingPlanRequest(
            @Schema(required = true, description = "The district, or a township/street of the caller's subtree (not a village)", examples = "100") Long unitId,
            @Schema(required = true, description = "From 1980 to next year", examples = "2026") Integer year,
            @Schema(required = true, examples = "BUSINESS") String typeCode,
            @Schema(required = true, description = "1–366 sessions", examples = "12") Integer target,
            @Schema(nullable = true, description = "At most 500 characters", examples = "一年12期，每月一期") String note) {
    }

    @Schema(name = "UpdateTrainingPlanRequest", description = "A new target (and note) for a plan")
    public record UpdateTrainingPlanRequest(
            @Schema(required = true, description = "1–366 sessions", examples = "12") Integer target,
            @Schema(nullable = true, description = "At most 500 characters") String note,
            @Schema(nullable = true, description = "The version read; a stale one is 409") Long version) {
    }
}
