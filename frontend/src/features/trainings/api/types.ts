// Short names for the training schemas of the generated contract (kept with the feature).
import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type TrainingType = Schemas['TrainingType'];
export type TrainingSessionSummary = Schemas['TrainingSessionSummary'];
export type TrainingSessionDetail = Schemas['TrainingSessionDetail'];
export type TrainingSessionInput = Schemas['TrainingSessionInput'];
export type AudienceRule = Schemas['AudienceRule'];
export type AudiencePreviewRequest = Schemas['AudiencePreviewRequest'];
export type AudiencePreview = Schemas['AudiencePreview'];
export type Trainee = Schemas['Trainee'];
export type AttendanceStatus = Trainee['status'];
export type RecordAttendanceRequest = Schemas['RecordAttendanceRequest'];
export type TrainingInvitation = Schemas['TrainingInvitation'];
export type TrainingCoverage = Schemas['TrainingCoverage'];
export type TrainingCoverageRow = Schemas['TrainingCoverageRow'];
export type OwedTraining = Schemas['OwedTraining'];
export type TrainingPlan = Schemas['TrainingPlan'];
export type CreateTrainingPlanRequest = Schemas['CreateTrainingPlanRequest'];
export type UpdateTrainingPlanRequest = Schemas['UpdateTrainingPlanRequest'];
