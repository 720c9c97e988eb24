import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** Every appointment the team ever had, ended or not (history is never lost). */
export function getCommitteeHistory(unitId: number) {
  return call(api.GET('/api/v1/committees/{unitId}/appointments', { params: { path: { unitId } } }));
}

export function committeeHistoryQueryOptions(unitId: number) {
  return queryOptions({
    queryKey: committeeKeys.history(unitId),
    queryFn: () => getCommitteeHistory(unitId),
  });
}

export function useCommitteeHistory(unitId: number) {
  return useQuery(committeeHistoryQueryOptions(unitId));
}
