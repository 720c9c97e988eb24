import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { importQueryKey } from './get-import';
import { rememberFile } from './uploaded-files';

/**
 * Multipart upload (part `file`); 201 with the recognised columns, 400 on `file`, 413 over 30 MB.
 * `sheet` reads that worksheet of a workbook (default: the first with data).
 */
export function uploadImport({ file, sheet }: { file: File; sheet?: string }) {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(
    api.POST('/api/v1/volunteer-imports', {
      params: { query: sheet === undefined ? {} : { sheet } },
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
    onSuccess: (created, { file }) => {
      // Kept for this visit so that another sheet of the same workbook can be read without choosing it again.
      rememberFile(created.id, file);
      queryClient.setQueryData(importQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['volunteer-imports', 'list'] });
    },
  });
}
