import type { Role } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';

/** Planners: district admins and township staff (their subtree, 下管一级). Village staff record their own people. */
export const trainingPlannerRoles: readonly Role[] = ['district-admin', 'township-staff'];
export const attendanceRecorderRoles: readonly Role[] = ['district-admin', 'township-staff', 'village-staff'];

export function useTrainingAccess() {
  const me = useCurrentUser();
  const has = (roles: readonly Role[]) => roles.some((role) => me.roles.includes(role));
  return { canPlan: has(trainingPlannerRoles), canRecord: has(attendanceRecorderRoles) };
}
