import type { Role } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';

/** Appoint, fill, assess, consult, decide, complete: district admins and township staff (their subtree). */
export const committeeWriterRoles: readonly Role[] = ['district-admin', 'township-staff'];
/** Village staff may also propose (and withdraw) an adjustment for their own team. */
export const adjustmentProposerRoles: readonly Role[] = ['district-admin', 'township-staff', 'village-staff'];

export function useCommitteeAccess() {
  const me = useCurrentUser();
  const has = (roles: readonly Role[]) => roles.some((role) => me.roles.includes(role));
  return { canWrite: has(committeeWriterRoles), canPropose: has(adjustmentProposerRoles) };
}
