import { useMutation } from '@tanstack/react-query';
import type { MoveOrgUnit, OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './use-invalidate-org-units';

/** 迁移: moves a unit with its whole subtree under a new parent. */
export function moveOrgUnit({ id, body }: { id: OrgUnitId; body: MoveOrgUnit }) {
  return call(api.POST('/api/v1/org-units/{id}/move', { params: { path: { id } }, body }));
}

export function useMoveOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({ mutationFn: moveOrgUnit, onSuccess: invalidate });
}
