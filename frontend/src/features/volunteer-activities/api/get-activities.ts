import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ActivityListQuery } from './types';

export type ActivityFilters = Omit<ActivityListQuery, 'cursor' | 'limit'>;

/** Activities across the caller's scope, newest first (people named by id and name only). */
export function activitiesQueryOptions(filters: ActivityFilters) {
  return infiniteQueryOptions({
    queryKey: ['activities', 'list', filters],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteer-activities', {
          params: { query: { limit: 50, ...filters, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useActivities(filters: ActivityFilters) {
  return useInfiniteQuery(activitiesQueryOptions(filters));
}
