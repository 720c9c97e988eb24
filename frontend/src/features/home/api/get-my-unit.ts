import { useQuery } from '@tanstack/react-query';
import type { OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** The signed-in user's own unit, for the home page card. */
export function useMyUnit(id: OrgUnitId) {
  return useQuery({
    queryKey: ['org-units', 'detail', id],
    queryFn: () => call(api.GET('/api/v1/org-units/{id}', { params: { path: { id } } })),
  });
}
