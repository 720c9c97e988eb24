import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ImportId, IssueSeverity } from './types';

/** The dry run's errors or warnings, in row order, each naming the file's row and column. */
export function importIssuesQueryOptions(id: ImportId, severity: IssueSeverity) {
  return infiniteQueryOptions({
    queryKey: ['volunteer-imports', 'report', id, 'issues', severity],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteer-imports/{id}/issues', {
          params: {
            path: { id },
            query: { severity, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useImportIssues(id: ImportId, severity: IssueSeverity, enabled = true) {
  return useInfiniteQuery({ ...importIssuesQueryOptions(id, severity), enabled });
}
