import type { components, paths } from '@/api/schema';

type Schemas = components['schemas'];

export type Exemplar = Schemas['Exemplar'];
export type ExemplarSummary = Schemas['ExemplarSummary'];
export type ExemplarCategory = Schemas['ExemplarCategory'];
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

export const categories: ExemplarCategory[] = [
  'FOUR_SELF_GROUP',
  'EXECUTIVE_VICE_DIRECTOR',
  'COMMUNITY_COMMITTEE',
  'FIVE_ELDERS',
  'OTHER',
];
export const statuses: ExemplarStatus[] = ['SUBMITTED', 'FORWARDED', 'RETURNED', 'APPROVED', 'REJECTED'];
export type UpdateExemplar = Schemas['UpdateExemplarRequest'];
