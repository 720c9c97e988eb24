import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** The caller's own imports, newest first, a page at a time. */
export function importsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['volunteer-imports', 'list'],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteer-imports', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useImports() {
  return useInfiniteQuery(importsQueryOptions());
}
