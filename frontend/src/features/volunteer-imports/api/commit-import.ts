import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { importQueryKey } from './get-import';
import type { ImportCommit, ImportId } from './types';

/** Starts writing to the register (202, COMMITTING); 409 for ALL_OR_NOTHING with rejected rows. */
export function commitImport({ id, body }: { id: ImportId; body: ImportCommit }) {
  return call(api.POST('/api/v1/volunteer-imports/{id}/commit', { params: { path: { id } }, body }));
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: (updated) => queryClient.setQueryData(importQueryKey(updated.id), updated),
  });
}
