import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** How many people a unit's subtree has on the register, by status (no personal data). */
export function volunteerCountsQueryOptions(unitId: OrgUnitId | undefined) {
  return queryOptions({
    queryKey: ['volunteers', 'counts', unitId ?? null],
    queryFn: () => call(api.GET('/api/v1/volunteer-counts', { params: { query: unitId ? { unitId } : {} } })),
    placeholderData: keepPreviousData,
  });
}

export function useVolunteerCounts(unitId: OrgUnitId | undefined) {
  return useQuery(volunteerCountsQueryOptions(unitId));
}
