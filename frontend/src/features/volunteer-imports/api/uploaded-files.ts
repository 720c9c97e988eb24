import type { ImportId } from './types';

/**
 * The file behind each import uploaded during this visit (memory only, gone on reload): another sheet of
 * a workbook is read by uploading the same file again with `?sheet=`, which needs the file itself.
 */
const files = new Map<ImportId, File>();

export function rememberFile(id: ImportId, file: File) {
  files.set(id, file);
}

export function uploadedFile(id: ImportId): File | undefined {
  return files.get(id);
}
