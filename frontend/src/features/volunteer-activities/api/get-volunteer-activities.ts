import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** One person's activities in the caller's scope, newest first, a page at a time. */
export function volunteerActivitiesQueryOptions(id: VolunteerId) {
  return infiniteQueryOptions({
    queryKey: ['activities', 'volunteer', id],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteers/{id}/activities', {
          params: { path: { id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVolunteerActivities(id: VolunteerId) {
  return useInfiniteQuery(volunteerActivitiesQueryOptions(id));
}
