import { useCurrentUser } from '@/lib/current-user';
import type { OrgUnitListParams } from './get-org-units';

/** Tree managers also see deactivated units, so that they can reactivate them. */
export function useListScope(): Pick<OrgUnitListParams, 'includeInactive'> {
  const me = useCurrentUser();
  return me.permissions.manageTree ? { includeInactive: true } : {};
}
