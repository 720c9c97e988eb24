import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** 全覆盖 of a unit (the caller's own when omitted) and each of its children, computed live. */
export function getCoverage(unitId?: number) {
  return call(api.GET('/api/v1/committee-coverage', { params: { query: unitId ? { unitId } : {} } }));
}

export function coverageQueryOptions(unitId?: number) {
  return queryOptions({
    queryKey: committeeKeys.coverage(unitId),
    queryFn: () => getCoverage(unitId),
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(unitId?: number) {
  return useQuery(coverageQueryOptions(unitId));
}
