import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { download } from '@/lib/download';
import type { ImportId } from './types';

/**
 * The rejected rows as a workbook. Fetched with the bearer header like every call (a token in a
 * download URL would end up in logs and history), then saved from a Blob.
 */
export function downloadRejectedRows(id: ImportId) {
  return download(
    api.GET('/api/v1/volunteer-imports/{id}/rejected-rows', { params: { path: { id } }, parseAs: 'blob' }),
    `rejected-rows-${id}.xlsx`,
  );
}

export function useDownloadRejectedRows() {
  return useMutation({ mutationFn: downloadRejectedRows });
}
