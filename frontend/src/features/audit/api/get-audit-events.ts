import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
}

/** Audit events, newest first, a page at a time. */
export function auditEventsQueryOptions(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: ['audit-events', filter],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/audit-events', {
          params: { query: { limit: 50, ...filter, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAuditEvents(filter: AuditFilter) {
  return useInfiniteQuery(auditEventsQueryOptions(filter));
}
