import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ImportAction, ImportId } from './types';

/** Who the commit would create or update (personal values masked by the server). */
export function importChangesQueryOptions(id: ImportId, action: ImportAction) {
  return infiniteQueryOptions({
    queryKey: ['volunteer-imports', 'report', id, 'changes', action],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/volunteer-imports/{id}/changes', {
          params: {
            path: { id },
            query: { action, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useImportChanges(id: ImportId, action: ImportAction, enabled = true) {
  return useInfiniteQuery({ ...importChangesQueryOptions(id, action), enabled });
}
