package cn.ggw.committees;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.volunteers.Gender;
import cn.ggw.volunteers.VolunteerCategory;
import cn.ggw.volunteers.VolunteerStatus;
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

/** What the committee-team API reads and writes. Entities never leave the services. */
public final class CommitteeDtos {

    private CommitteeDtos() {
    }

    // ---- templates -----------------------------------------------------------------------

    @Schema(name = "SeatRule", description = "A role of a team with its required count; complete when every role has at least minCount holders")
    public record SeatRuleView(
            SeatRole role,
            @Schema(description = "Required current holders", examples = "1") int minCount,
            @Schema(nullable = true, description = "At most this many holders at one time; null: no limit", examples = "1") Integer maxCount,
            @Schema(nullable = true, description = "Oldest age at which someone may take the seat; null: no limit", examples = "80") Integer maxAge) {

        static SeatRuleView of(SeatRule r) {
            return new SeatRuleView(r.role(), r.minCount(), r.maxCount(), r.maxAge());
        }
    }

    @Schema(name = "SeatTemplate", description = "The seats a team of one unit kind needs")
    public record SeatTemplateView(
            OrgUnitKind unitKind,
            @Schema(description = "Empty: the kind needs no team (not counted in coverage)") List<SeatRuleView> seats,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(nullable = true) String updatedBy) {
    }

    @Schema(name = "SeatRuleInput")
    public record SeatRuleInput(
            @NotNull(message = "{ggw.required}") @Schema(required = true) SeatRole role,
            @NotNull(message = "{ggw.required}") @Min(value = 0, message = "{ggw.committee.count.range}") @Max(value = 50, message = "{ggw.committee.count.range}")
            @Schema(required = true, examples = "1") Integer minCount,
            @Min(value = 1, message = "{ggw.committee.count.range}") @Max(value = 50, message = "{ggw.committee.count.range}")
            @Schema(nullable = true, examples = "1") Integer maxCount,
            @Min(value = 18, message = "{ggw.committee.age.range}") @Max(value = 120, message = "{ggw.committee.age.range}")
            @Schema(nullable = true, examples = "80") Integer maxAge) {
    }

    @Schema(name = "UpdateSeatTemplateRequest")
    public record UpdateSeatTemplateRequest(
            @NotNull(message = "{ggw.required}") @Size(max = 5, message = "{ggw.committee.seats.size}")
            @Schema(required = true, description = "The complete set of roles for the kind; a role left out is no longer required")
            List<@Valid @NotNull(message = "{ggw.required}") SeatRuleInput> seats) {
    }

    // ---- teams and appointments ----------------------------------------------------------

    @Schema(name = "Appointment", description = "Someone holding (or having held) a seat; periods are half-open: endedOn is the first day without the seat")
    public record AppointmentView(
            @Schema(examples = "501") long id,
            @Schema(description = "The team's unit") OrgUnitRef unit,
            SeatRole role,
            @Schema(examples = "101") long volunteerId,
            @Schema(description = "The name at appointment", examples = "王德明") String volunteerName,
            AppointmentKind kind,
            @Schema(examples = "2024-03-01") LocalDate startedOn,
            @Schema(nullable = true, examples = "2026-05-01") LocalDate endedOn,
            @Schema(nullable = true) EndReason endReason,
            @Schema(nullable = true, examples = "迁居外地") String endNote,
            @Schema(nullable = true, description = "The appointment this one succeeded") Long replacesAppointmentId,
            @Schema(nullable = true, description = "The appointment that succeeded this one") Long replacedByAppointmentId,
            @Schema(description = "Holds the seat today") boolean current,
            Instant createdAt,
            String createdBy,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String endedBy) {
    }

    @Schema(name = "Vacancy", description = "A required seat without a holder")
    public record VacancyView(
            OrgUnitRef unit,
            SeatRole role,
            @Schema(description = "1, 2 … when a role misses several holders", examples = "1") int slot,
            @Schema(examples = "2026-10-01") LocalDate vacantSince,
            @Schema(examples = "56") long daysOpen,
            @Schema(description = "Open longer than the district's threshold") boolean overdue,
            @Schema(nullable = true, description = "The appointment whose end opened the seat; null when never filled") Long previousAppointmentId,
            @Schema(nullable = true, examples = "李秀英") String previousHolderName) {
    }

    @Schema(name = "CommitteeSeat", description = "One role of a team: its rule, current holders and open vacancies")
    public record SeatView(
            SeatRole role,
            int minCount,
            @Schema(nullable = true) Integer maxCount,
            @Schema(nullable = true) Integer maxAge,
            List<AppointmentView> holders,
            List<VacancyView> vacancies) {
    }

    @Schema(name = "Committee", description = "A unit's team (班子) today")
    public record CommitteeView(
            OrgUnitRef unit,
            TeamStatus status,
            @Schema(description = "Sum of the required counts", examples = "5") int requiredSeats,
            @Schema(description = "Required seats held (holders above a role's required count are not counted)", examples = "4") int filledSeats,
            @Schema(nullable = true, examples = "2024-03-01") LocalDate termStart,
            @Schema(nullable = true, examples = "2029-03-01") LocalDate nextElectionDue,
            @Schema(description = "The next election (换届) is past due") boolean electionOverdue,
            @Schema(nullable = true, description = "When the team's record begins; null until the first write") LocalDate formedOn,
            @Schema(description = "The district's threshold in days after which a vacancy is overdue", examples = "30") int vacancyOverdueDays,
            List<SeatView> seats,
            @Schema(nullable = true, description = "Send back with a term change; null until the first write") Long version) {
    }

    @Schema(name = "SetCommitteeTermRequest")
    public record SetCommitteeTermRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2024-03-01") LocalDate termStart,
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2029-03-01") LocalDate nextElectionDue,
            @Schema(nullable = true, description = "The version that was read; a stale one is refused with 409") Long version) {
    }

    @Schema(name = "CreateAppointmentRequest")
    public record CreateAppointmentRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The team's unit", examples = "12") Long unitId,
            @NotNull(message = "{ggw.required}") @Schema(required = true) SeatRole role,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "A person of the 五老 registry", examples = "101") Long volunteerId,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "At most 30 days ahead", examples = "2026-11-01") LocalDate startedOn,
            @Schema(nullable = true, description = "The ended appointment this one succeeds") Long replacesAppointmentId,
            @Schema(nullable = true, description = "Made at a term election (换届): not counted as a vacancy filled") Boolean atElection) {
    }

    @Schema(name = "FillVacancyRequest")
    public record FillVacancyRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "101") Long volunteerId,
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2026-11-01") LocalDate startedOn,
            @Schema(nullable = true, description = "The ended appointment this one succeeds (the vacancy's previousAppointmentId)") Long replacesAppointmentId) {
    }

    @Schema(name = "EndAppointmentRequest")
    public record EndAppointmentRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The first day without the seat; not in the future", examples = "2026-11-01") LocalDate endedOn,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "ADJUSTMENT only through the adjustment flow") EndReason reason,
            @Size(max = 200, message = "{ggw.committee.text200.size}") @Schema(nullable = true, description = "Required with OTHER") String note) {
    }

    @Schema(name = "VacancyCandidate", description = "Someone from the registry who could fill a seat: no ID number, no phone")
    public record CandidateView(
            long volunteerId,
            @Schema(examples = "王德明") String name,
            Gender gender,
            @Schema(examples = "66") int age,
            List<VolunteerCategory> categories,
            @Schema(description = "The home unit") OrgUnitRef unit,
            VolunteerStatus status,
            @Schema(description = "Home in the team's own unit (suggested first)") boolean sameUnit) {
    }

    // ---- coverage and figures ------------------------------------------------------------

    @Schema(name = "CoverageTotals", description = "Teams of a subtree by status; teams of kinds without a template are not counted")
    public record CoverageTotals(
            @Schema(examples = "27") long teams,
            @Schema(examples = "25") long complete,
            @Schema(examples = "1") long incomplete,
            @Schema(examples = "1") long empty,
            @Schema(description = "complete / teams, 0–1 (1 when there are no teams)", examples = "0.926") double completeShare,
            @Schema(description = "Teams whose next election is past due", examples = "1") long electionOverdue,
            @Schema(description = "Required seats without a holder", examples = "3") long openVacancies) {
    }

    @Schema(name = "UnitCoverage", description = "One unit's own team, and the totals of its subtree (itself included)")
    public record UnitCoverage(
            OrgUnitRef unit,
            TeamStatus status,
            int requiredSeats,
            int filledSeats,
            boolean electionOverdue,
            CoverageTotals subtree) {
    }

    @Schema(name = "CommitteeCoverage", description = "全覆盖: a unit and its children, computed from the appointments at the moment of the request")
    public record CommitteeCoverage(
            UnitCoverage unit,
            @Schema(description = "Active children in display order; drill down by asking for a child") List<UnitCoverage> children,
            @Schema(examples = "2026-11-26") LocalDate asOf) {
    }

    @Schema(name = "CommitteeFigures", description = "The numbers a work report quotes, for a subtree and a date range (both ends included)")
    public record CommitteeFigures(
            OrgUnitRef unit,
            LocalDate from,
            LocalDate to,
            @Schema(description = "People appointed into vacant required seats (补充), by start date", examples = "28") long seatsFilled,
            @Schema(description = "Executive vice-directors whose appointment ended by adjustment (调整)", examples = "32") long executiveViceDirectorsAdjusted,
            @Schema(description = "Teams that became complete at least once in the range", examples = "4") long teamsCompleted,
            @Schema(description = "Appointments that ended in the range, for any reason", examples = "60") long appointmentsEnded) {
    }

    @Schema(name = "CommitteeSettings", description = "The settings that apply to the caller's unit (the nearest set above it, else the default)")
    public record CommitteeSettingsView(
            @Schema(examples = "30") int vacancyOverdueDays,
            @Schema(nullable = true, description = "The unit that set it; null: the default") OrgUnitRef setBy,
            @Schema(nullable = true) Instant updatedAt,
            @Schema(nullable = true) String updatedBy) {
    }

    @Schema(name = "UpdateCommitteeSettingsRequest")
    public record UpdateCommitteeSettingsRequest(
            @NotNull(message = "{ggw.required}") @Min(value = 1, message = "{ggw.committee.days.range}") @Max(value = 3650, message = "{ggw.committee.days.range}")
            @Schema(required = true, examples = "30") Integer vacancyOverdueDays) {
    }

    // ---- adjustments ---------------------------------------------------------------------

    @Schema(name = "Assessment", description = "年度考核 of a seat holder")
    public record AssessmentView(
            long id,
            long appointmentId,
            @Schema(examples = "2025") int year,
            AssessmentRating rating,
            @Schema(nullable = true, examples = "不动脑、不想事、敷衍塞责") String notes,
            Instant assessedAt,
            String assessedBy) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.appointmentId, a.year, a.rating, a.notes, a.assessedAt, a.assessedBy);
        }
    }

    @Schema(name = "CreateAssessmentRequest")
    public record CreateAssessmentRequest(
            @NotNull(message = "{ggw.required}") @Min(value = 2000, message = "{ggw.committee.year.range}") @Max(value = 2100, message = "{ggw.committee.year.range}")
            @Schema(required = true, examples = "2025") Integer year,
            @NotNull(message = "{ggw.required}") @Schema(required = true) AssessmentRating rating,
            @Size(max = 500, message = "{ggw.committee.text500.size}") @Schema(nullable = true) String notes) {
    }

    @Schema(name = "AdjustmentConsultation", description = "The consultation with the township party committee")
    public record ConsultationView(
            LocalDate consultedOn,
            @Schema(examples = "平台镇党委") String consultedWith,
            ConsultationOutcome outcome,
            @Schema(nullable = true) String notes,
            Instant recordedAt,
            String recordedBy) {
    }

    @Schema(name = "AdjustmentDecisionRecord")
    public record DecisionView(
            AdjustmentDecision decision,
            @Schema(nullable = true) String notes,
            Instant decidedAt,
            String decidedBy) {
    }

    @Schema(name = "AdjustmentCompletion")
    public record CompletionView(
            LocalDate effectiveOn,
            AppointmentView successor,
            Instant completedAt,
            String completedBy) {
    }

    @Schema(name = "AdjustmentWithdrawal")
    public record WithdrawalView(
            @Schema(nullable = true) String note,
            Instant withdrawnAt,
            String withdrawnBy) {
    }

    @Schema(name = "Adjustment", description = "调整 of an executive vice-director, with every step recorded")
    public record AdjustmentView(
            long id,
            AdjustmentStatus status,
            OrgUnitRef unit,
            @Schema(description = "The executive vice-director's appointment being adjusted") AppointmentView appointment,
            AssessmentView assessment,
            @Schema(examples = "年度考核不称职，工作不主动") String reasons,
            @Schema(nullable = true) Long proposedSuccessorId,
            @Schema(nullable = true) String proposedSuccessorName,
            Instant proposedAt,
            String proposedBy,
            @Schema(nullable = true) ConsultationView consultation,
            @Schema(nullable = true) DecisionView decision,
            @Schema(nullable = true) CompletionView completion,
            @Schema(nullable = true) WithdrawalView withdrawal,
            @Schema(nullable = true) AdjustmentStep nextStep,
            long version) {
    }

    @Schema(name = "ProposeAdjustmentRequest")
    public record ProposeAdjustmentRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The executive vice-director's current appointment") Long appointmentId,
            @Schema(nullable = true, description = "A weak assessment (基本称职 or 不称职) of that appointment; the latest one when omitted") Long assessmentId,
            @NotBlank(message = "{ggw.blank}") @Size(max = 1000, message = "{ggw.committee.text1000.size}")
            @Schema(required = true, examples = "年度考核不称职，工作不主动") String reasons,
            @Schema(nullable = true, description = "A suggested successor from the registry") Long proposedSuccessorId) {
    }

    @Schema(name = "RecordConsultationRequest")
    public record RecordConsultationRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, examples = "2026-11-20") LocalDate consultedOn,
            @NotBlank(message = "{ggw.blank}") @Size(max = 200, message = "{ggw.committee.text200.size}")
            @Schema(required = true, examples = "平台镇党委") String consultedWith,
            @NotNull(message = "{ggw.required}") @Schema(required = true) ConsultationOutcome outcome,
            @Size(max = 500, message = "{ggw.committee.text500.size}") @Schema(nullable = true) String notes) {
    }

    @Schema(name = "DecideAdjustmentRequest")
    public record DecideAdjustmentRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true) AdjustmentDecision decision,
            @Size(max = 500, message = "{ggw.committee.text500.size}") @Schema(nullable = true) String notes) {
    }

    @Schema(name = "CompleteAdjustmentRequest")
    public record CompleteAdjustmentRequest(
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The new executive vice-director, from the registry") Long successorVolunteerId,
            @NotNull(message = "{ggw.required}") @Schema(required = true, description = "The old appointment ends and the new one starts on this day", examples = "2026-11-26") LocalDate effectiveOn) {
    }

    @Schema(name = "WithdrawAdjustmentRequest")
    public record WithdrawAdjustmentRequest(
            @Size(max = 500, message = "{ggw.committee.text500.size}") @Schema(nullable = true) String note) {
    }
}
