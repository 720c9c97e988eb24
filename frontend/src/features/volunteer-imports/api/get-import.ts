import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { type ImportId, isRunning } from './types';

/** How often the wizard asks while the dry run or the commit runs. */
export const pollInterval = 1000;

export function getImport(id: ImportId) {
  return call(api.GET('/api/v1/volunteer-imports/{id}', { params: { path: { id } } }));
}

export function importQueryKey(id: ImportId) {
  return ['volunteer-imports', 'detail', id] as const;
}

export function importQueryOptions(id: ImportId) {
  return queryOptions({
    queryKey: importQueryKey(id),
    queryFn: () => getImport(id),
    staleTime: 0,
    // Polls while the server works; stops once the import is checked, committed or failed.
    refetchInterval: (query) =>
      query.state.data && isRunning(query.state.data.status) ? pollInterval : false,
  });
}

export function useImport(id: ImportId | undefined) {
  return useQuery({ ...importQueryOptions(id!), enabled: id !== undefined });
}
