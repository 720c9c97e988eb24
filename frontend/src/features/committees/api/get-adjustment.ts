import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** One adjustment with every step, who and when. */
export function getAdjustment(id: number) {
  return call(api.GET('/api/v1/adjustments/{id}', { params: { path: { id } } }));
}

export function adjustmentQueryOptions(id: number) {
  return queryOptions({ queryKey: committeeKeys.adjustment(id), queryFn: () => getAdjustment(id) });
}

export function useAdjustment(id: number) {
  return useQuery(adjustmentQueryOptions(id));
}
