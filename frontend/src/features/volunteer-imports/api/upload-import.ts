import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { importQueryKey } from './get-import';

/** Multipart upload (part `file`); 201 with the recognised columns, 400 on `file`, 413 over 30 MB. */
export function uploadImport(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(
    api.POST('/api/v1/volunteer-imports', {
      body: {},
      // openapi-fetch passes FormData through; the browser sets the multipart boundary.
      bodySerializer: () => form,
    }),
  );
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (created) => {
      queryClient.setQueryData(importQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['volunteer-imports', 'list'] });
    },
  });
}
