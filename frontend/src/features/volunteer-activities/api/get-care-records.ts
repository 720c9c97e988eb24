import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** Care given to one person, newest first, a page at a time. */
export function careRecordsQueryOptions(id: VolunteerId) {
  return infiniteQueryOptions({
    queryKey: ['activities', 'care', id],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteers/{id}/care-records', {
          params: { path: { id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCareRecords(id: VolunteerId) {
  return useInfiniteQuery(careRecordsQueryOptions(id));
}
