// Short names for the generated contract types, so feature code does not spell out
// components['schemas'][...] and a renamed schema is fixed in one place.
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type ClientConfig = Schemas['ClientConfig'];
export type Me = Schemas['Me'];
export type Permissions = Me['permissions'];
export type OrgUnitKind = Schemas['OrgUnitKind'];
export type OrgUnitRef = Schemas['OrgUnitRef'];
export type OrgUnitSummary = Schemas['OrgUnitSummary'];
export type OrgUnitDetail = Schemas['OrgUnitDetail'];
export type OrgUnitId = OrgUnitSummary['id'];
export type OrgUnitKindRule = Schemas['OrgUnitKindInfo'];
export type OrgUnitListQuery = NonNullable<paths['/api/v1/org-units']['get']['parameters']['query']>;
export type CreateOrgUnit = Schemas['CreateOrgUnitRequest'];
export type UpdateOrgUnit = Schemas['UpdateOrgUnitRequest'];
export type MoveOrgUnit = Schemas['MoveOrgUnitRequest'];
export type DeactivateOrgUnit = Schemas['DeactivateOrgUnitRequest'];
export type Role = Schemas['CreateAccountRequest']['role'];
export type Account = Schemas['Account'];
export type AccountId = Account['id'];
export type CreateAccount = Schemas['CreateAccountRequest'];
export type UpdateAccount = Schemas['UpdateAccountRequest'];
/** before/after are free-form JSON: the record as it was and as it is. */
export type AuditEvent = Omit<Schemas['AuditEvent'], 'before' | 'after'> & {
  before: unknown;
  after: unknown;
};
/** What an error answer may hold: the API's problem document, or less when a proxy or network answered. */
export type Problem = Partial<Schemas['Problem']>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export type VolunteerSummary = Schemas['VolunteerSummary'];
export type VolunteerDetail = Schemas['VolunteerDetail'];
export type VolunteerId = VolunteerDetail['id'];
export type VolunteerPersonalData = Schemas['VolunteerPersonalData'];
export type VolunteerStatusChange = Schemas['VolunteerStatusChange'];
export type VolunteerCategory = Schemas['VolunteerCategory'];
export type VolunteerStatus = Schemas['VolunteerStatus'];
export type ActivityArea = Schemas['ActivityArea'];
export type RetirementType = Schemas['RetirementType'];
export type Gender = Schemas['Gender'];
export type VolunteerSearch = Schemas['VolunteerSearchRequest'];
export type VolunteerCounts = Schemas['VolunteerCounts'];
export type CreateVolunteer = Schemas['CreateVolunteerRequest'];
export type UpdateVolunteer = Schemas['UpdateVolunteerRequest'];
export type ChangeVolunteerStatus = Schemas['ChangeVolunteerStatusRequest'];
export type SeatRole = Schemas['SeatRole'];
export type TeamStatus = Schemas['TeamStatus'];
export type Committee = Schemas['Committee'];
export type CommitteeSeat = Schemas['CommitteeSeat'];
export type Appointment = Schemas['Appointment'];
export type EndReason = Schemas['EndReason'];
export type Vacancy = Schemas['Vacancy'];
export type VacancyCandidate = Schemas['VacancyCandidate'];
export type FillVacancy = Schemas['FillVacancyRequest'];
export type CommitteeCoverage = Schemas['CommitteeCoverage'];
export type UnitCoverage = Schemas['UnitCoverage'];
export type CommitteeFigures = Schemas['CommitteeFigures'];
export type CommitteeSettings = Schemas['CommitteeSettings'];
export type SeatTemplate = Schemas['SeatTemplate'];
export type SeatRuleInput = Schemas['SeatRuleInput'];
export type Adjustment = Schemas['Adjustment'];
export type AdjustmentStatus = Schemas['AdjustmentStatus'];
export type Assessment = Schemas['Assessment'];
export type AssessmentRating = Schemas['AssessmentRating'];
export type CreateAssessment = Schemas['CreateAssessmentRequest'];
export type ProposeAdjustment = Schemas['ProposeAdjustmentRequest'];
export type RecordConsultation = Schemas['RecordConsultationRequest'];
export type DecideAdjustment = Schemas['DecideAdjustmentRequest'];
export type CompleteAdjustment = Schemas['CompleteAdjustmentRequest'];
export type EndAppointment = Schemas['EndAppointmentRequest'];
export type SetCommitteeTerm = Schemas['SetCommitteeTermRequest'];
