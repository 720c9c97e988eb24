import { useMutation } from '@tanstack/react-query';
import type { DeactivateOrgUnit, OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './use-invalidate-org-units';

/** 停用: refused (409) while active children or data hang on the unit. */
export function deactivateOrgUnit({ id, body }: { id: OrgUnitId; body: DeactivateOrgUnit }) {
  return call(api.POST('/api/v1/org-units/{id}/deactivate', { params: { path: { id } }, body }));
}

export function useDeactivateOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({ mutationFn: deactivateOrgUnit, onSuccess: invalidate });
}
