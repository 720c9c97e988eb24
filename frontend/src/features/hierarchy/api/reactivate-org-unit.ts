import { useMutation } from '@tanstack/react-query';
import type { OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './use-invalidate-org-units';

/** 启用 again a deactivated unit. */
export function reactivateOrgUnit(id: OrgUnitId) {
  return call(api.POST('/api/v1/org-units/{id}/reactivate', { params: { path: { id } } }));
}

export function useReactivateOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({ mutationFn: reactivateOrgUnit, onSuccess: invalidate });
}
