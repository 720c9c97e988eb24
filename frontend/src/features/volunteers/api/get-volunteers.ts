import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { VolunteerSearch } from '@/api/types';
import { api, call } from '@/lib/api-client';

export type VolunteerFilters = Omit<VolunteerSearch, 'cursor' | 'limit'>;

/**
 * Volunteers (masked) in the caller's scope, a page at a time ("load more" follows nextCursor).
 * A POST search: the name, phone or ID fragment stays out of URLs, history and access logs.
 * Pickers ask for bigger pages (up to 200), so that a village's people arrive at once.
 */
export function volunteersQueryOptions(filters: VolunteerFilters, pageSize = 50) {
  return infiniteQueryOptions({
    queryKey: ['volunteers', 'list', filters, pageSize],
    queryFn: ({ pageParam }) =>
      call(
        api.POST('/api/v1/volunteers/search', {
          body: { limit: pageSize, ...filters, ...(pageParam ? { cursor: pageParam } : {}) },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a changed filter loads, the previous rows stay instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useVolunteers(filters: VolunteerFilters, pageSize?: number) {
  return useInfiniteQuery(volunteersQueryOptions(filters, pageSize));
}
