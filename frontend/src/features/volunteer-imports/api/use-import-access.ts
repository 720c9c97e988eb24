import type { Role } from '@/api/types';
import { useCurrentUser } from '@/lib/current-user';

/** Roles that may import census files (the read-only leader and city-api may not). */
export const importerRoles: readonly Role[] = ['district-admin', 'township-staff', 'village-staff'];

export function useCanImportVolunteers(): boolean {
  const me = useCurrentUser();
  return importerRoles.some((role) => me.roles.includes(role));
}
