import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** A unit's team today: seats with holders and open vacancies, term, status. */
export function getCommittee(unitId: number) {
  return call(api.GET('/api/v1/committees/{unitId}', { params: { path: { unitId } } }));
}

export function committeeQueryOptions(unitId: number) {
  return queryOptions({ queryKey: committeeKeys.committee(unitId), queryFn: () => getCommittee(unitId) });
}

export function useCommittee(unitId: number) {
  return useQuery(committeeQueryOptions(unitId));
}
