// Short names for the contract types of the activity and care logs (the feature's own slice of
// src/api/types.ts, kept here so the two features' type lists do not collide).
import type { components, paths } from '@/api/schema';

type Schemas = components['schemas'];

export type Activity = Schemas['VolunteerActivity'];
export type ActivityId = Activity['id'];
export type CreateActivity = Schemas['CreateVolunteerActivityRequest'];
export type UpdateActivity = Schemas['UpdateVolunteerActivityRequest'];
export type ActivitySummary = Schemas['VolunteerActivitySummary'];
export type ActivityListQuery = NonNullable<
  paths['/api/v1/volunteer-activities']['get']['parameters']['query']
>;
export type CareRecord = Schemas['VolunteerCareRecord'];
export type CareRecordId = CareRecord['id'];
export type CreateCareRecord = Schemas['CreateVolunteerCareRecordRequest'];
export type CareKind = Schemas['CareKind'];
