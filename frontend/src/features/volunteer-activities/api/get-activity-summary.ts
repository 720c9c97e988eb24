import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

export interface SummaryFilters {
  unitId?: number;
  from?: string;
  to?: string;
}

/** Count, hours and young people reached for a unit's subtree, by area and child unit. */
export function getActivitySummary(filters: SummaryFilters) {
  return call(api.GET('/api/v1/volunteer-activity-summary', { params: { query: filters } }));
}

export function useActivitySummary(filters: SummaryFilters) {
  return useQuery({
    queryKey: ['activities', 'summary', filters],
    queryFn: () => getActivitySummary(filters),
    placeholderData: keepPreviousData,
  });
}
