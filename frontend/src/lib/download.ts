import type { Problem } from '@/api/types';
import { ApiError, NetworkError } from './api-error';

/** The file name a server gave in Content-Disposition (RFC 5987 form first), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Hands a blob to the browser as a download (no token or personal data in any URL). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface BlobResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call made with parseAs 'blob' and saves the file under the server's
 * name (returned), or throws ApiError / NetworkError.
 */
export async function download(request: Promise<BlobResult>, fallbackName: string): Promise<string> {
  let result: BlobResult;
  try {
    result = await request;
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok || !data) {
    if ([502, 503, 504].includes(response.status)) throw new NetworkError(response.status);
    // With parseAs 'blob' a problem answer arrives as a blob too.
    let problem: Problem = { status: response.status, title: `HTTP ${response.status}` };
    const body = error instanceof Blob ? error : data;
    if (body) {
      try {
        problem = JSON.parse(await body.text()) as Problem;
      } catch {
        // keep the generic problem
      }
    } else if (error && typeof error === 'object') {
      problem = error as Problem;
    }
    throw new ApiError(response.status, problem);
  }
  const name = fileNameOf(response, fallbackName);
  saveBlob(data, name);
  return name;
}
