import type { ActivityArea, RetirementType, VolunteerCategory, VolunteerStatus } from '@/api/types';

export const categories: VolunteerCategory[] = ['CADRE', 'VETERAN', 'EXPERT', 'TEACHER', 'MODEL'];
export const statuses: VolunteerStatus[] = [
  'REGISTERED',
  'CONTACTED',
  'ACTIVE',
  'INACTIVE',
  'WITHDRAWN',
  'DECEASED',
];
export const areas: ActivityArea[] = [
  'CARE',
  'MORAL_EDUCATION',
  'INTERNET_CAFE_SUPERVISION',
  'COMMITTEE_POST',
  'LEGAL_EDUCATION',
  'FAMILY_EDUCATION',
  'OTHER',
];
export const retirementTypes: RetirementType[] = ['LIXIU', 'TUIXIU', 'EARLY_RETIRED'];

/** The status changes the server allows from each status (others answer 409). */
export const nextStatuses: Record<VolunteerStatus, VolunteerStatus[]> = {
  REGISTERED: ['CONTACTED', 'WITHDRAWN', 'DECEASED'],
  CONTACTED: ['ACTIVE', 'WITHDRAWN', 'DECEASED'],
  ACTIVE: ['INACTIVE', 'WITHDRAWN', 'DECEASED'],
  INACTIVE: ['ACTIVE', 'WITHDRAWN', 'DECEASED'],
  WITHDRAWN: [],
  DECEASED: [],
};
