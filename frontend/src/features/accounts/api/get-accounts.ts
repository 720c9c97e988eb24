import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** Accounts in the caller's scope, a page at a time ("load more" follows nextCursor). */
export function accountsQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: ['accounts', 'list', q],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/accounts', {
          params: { query: { limit: 50, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAccounts(q: string) {
  return useInfiniteQuery(accountsQueryOptions(q));
}
