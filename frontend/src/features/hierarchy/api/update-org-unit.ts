import { useMutation } from '@tanstack/react-query';
import type { OrgUnitId, UpdateOrgUnit } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './use-invalidate-org-units';

/** Sends the version read, so a concurrent change answers 409 instead of being overwritten. */
export function updateOrgUnit({ id, body }: { id: OrgUnitId; body: UpdateOrgUnit }) {
  return call(api.PUT('/api/v1/org-units/{id}', { params: { path: { id } }, body }));
}

export function useUpdateOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({ mutationFn: updateOrgUnit, onSuccess: invalidate });
}
