import type { components } from '@/api/schema';
import { api, call } from './api-client';

export type StoredFile = components['schemas']['StoredFile'];
/** IMAGE: JPEG or PNG; DOCUMENT: PDF, DOCX or XLSX; ANY: either (the server checks the content, not the name). */
export type FilePurpose = 'IMAGE' | 'DOCUMENT' | 'ANY';

/** Uploads a file for a unit through the one files API; returns what was stored. */
export function uploadFile(file: File, unitId: number, purpose: FilePurpose): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('unitId', String(unitId));
  form.append('purpose', purpose);
  // openapi-fetch passes FormData through; the browser sets the multipart boundary.
  return call(api.POST('/api/v1/files', { body: {} as never, bodySerializer: () => form }));
}
