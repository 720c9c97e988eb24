import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ImportId } from './types';

/** The file name from `Content-Disposition` (RFC 6266 filename* first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * The rejected rows as a workbook. Fetched with the bearer header like every call (a token in a
 * download URL would end up in logs and history), then saved from a Blob.
 */
export async function downloadRejectedRows(id: ImportId) {
  let disposition: string | null = null;
  const blob = await call(
    api
      .GET('/api/v1/volunteer-imports/{id}/rejected-rows', { params: { path: { id } }, parseAs: 'blob' })
      .then((result) => {
        disposition = result.response.headers.get('Content-Disposition');
        return result;
      }),
  );
  const name = fileNameOf(disposition, `rejected-rows-${id}.xlsx`);
  const href = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  return name;
}

export function useDownloadRejectedRows() {
  return useMutation({ mutationFn: downloadRejectedRows });
}
