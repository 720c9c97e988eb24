import { useMutation } from '@tanstack/react-query';
import type { CreateOrgUnit } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateOrgUnits } from './use-invalidate-org-units';

export function createOrgUnit(body: CreateOrgUnit) {
  return call(api.POST('/api/v1/org-units', { body }));
}

export function useCreateOrgUnit() {
  const invalidate = useInvalidateOrgUnits();
  return useMutation({ mutationFn: createOrgUnit, onSuccess: invalidate });
}
