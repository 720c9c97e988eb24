import type { Role } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';

/** Roles that may register, edit, change status and reveal (the read-only leader may not). */
export const volunteerWriterRoles: readonly Role[] = ['district-admin', 'township-staff', 'village-staff'];

export function useCanWriteVolunteers(): boolean {
  const me = useCurrentUser();
  return volunteerWriterRoles.some((role) => me.roles.includes(role));
}
