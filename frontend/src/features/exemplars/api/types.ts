import type { components, paths } from '@/api/schema';

type Schemas = components['schemas'];

export type Exemplar = Schemas['Exemplar'];
export type ExemplarSummary = Schemas['ExemplarSummary'];
/** A category's code: one of the register's (GET /exemplar-categories), built in or added by the district. */
export type ExemplarCategory = string;
export type CategoryDefinition = Schemas['ExemplarCategoryDefinition'];
export type SubjectKind = Schemas['ExemplarSubjectKind'];
export type CreateCategory = Schemas['CreateExemplarCategoryRequest'];
export type UpdateCategory = Schemas['UpdateExemplarCategoryRequest'];
export type ExemplarStatus = Schemas['ExemplarStatus'];
export type ReviewDecision = Schemas['ExemplarReviewDecision'];
export type ReviewLevel = Schemas['ExemplarReviewLevel'];
export type NominateExemplar = Schemas['NominateExemplarRequest'];
export type ExchangeMeeting = Schemas['ExchangeMeeting'];
export type MeetingInput = Schemas['ExchangeMeetingRequest'];
export type Booklet = Schemas['Booklet'];
export type BookletInput = Schemas['BookletRequest'];
export type RichText = Schemas['RichText'];
export type RichTextBlock = Schemas['RichTextBlock'];
export type ExemplarFilters = Omit<
  NonNullable<paths['/api/v1/exemplars']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const subjectKinds: SubjectKind[] = ['PERSON', 'TEAM', 'UNIT', 'GROUP'];
export const statuses: ExemplarStatus[] = ['SUBMITTED', 'FORWARDED', 'RETURNED', 'APPROVED', 'REJECTED'];
export type UpdateExemplar = Schemas['UpdateExemplarRequest'];
