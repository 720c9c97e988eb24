import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { importQueryKey } from './get-import';
import type { ImportId, ImportMapping } from './types';

/** Sets the column mapping and starts the dry run (202, VALIDATING). */
export function mapImport({ id, body }: { id: ImportId; body: ImportMapping }) {
  return call(api.PUT('/api/v1/volunteer-imports/{id}/mapping', { params: { path: { id } }, body }));
}

export function useMapImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mapImport,
    onSuccess: (updated) => {
      queryClient.setQueryData(importQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['volunteer-imports', 'report', updated.id] });
    },
  });
}
