import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

export type AdjustmentFilters = Omit<
  NonNullable<paths['/api/v1/adjustments']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** Adjustment proposals in the caller's scope, newest first. */
export function adjustmentsQueryOptions(filters: AdjustmentFilters) {
  return infiniteQueryOptions({
    queryKey: [...committeeKeys.adjustments, 'list', filters],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/adjustments', {
          params: { query: { limit: 50, ...filters, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAdjustments(filters: AdjustmentFilters) {
  return useInfiniteQuery(adjustmentsQueryOptions(filters));
}
