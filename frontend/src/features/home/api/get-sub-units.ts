import { useQuery } from '@tanstack/react-query';
import type { OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** The direct sub-units of the user's unit, counted by kind on the home page. */
export function useSubUnits(parentId: OrgUnitId, enabled: boolean) {
  const query = { parentId, limit: 200 };
  return useQuery({
    queryKey: ['org-units', 'list', query],
    queryFn: () => call(api.GET('/api/v1/org-units', { params: { query } })),
    enabled,
  });
}
