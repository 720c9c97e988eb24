import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** Which kinds of unit may be created under which (e.g. 乡镇 → 村). */
export function getOrgUnitKinds() {
  return call(api.GET('/api/v1/org-unit-kinds'));
}

export function useOrgUnitKinds() {
  return useQuery({ queryKey: ['org-unit-kinds'], queryFn: getOrgUnitKinds, staleTime: Infinity });
}
