import type { AssessmentRating, SeatRole } from '@/api/types';

export const seatRoles: SeatRole[] = [
  'DIRECTOR',
  'EXECUTIVE_VICE_DIRECTOR',
  'VICE_DIRECTOR',
  'SECRETARY_GENERAL',
  'MEMBER',
];
export const ratings: AssessmentRating[] = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];
/** A proposal to adjust needs one of these (the server checks too). */
export const weakRatings: AssessmentRating[] = ['BASICALLY_COMPETENT', 'INCOMPETENT'];
