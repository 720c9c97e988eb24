import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ImportId } from './types';
import { useInvalidateImports } from './use-invalidate-imports';

/** 作废: drops the uploaded file; refused (409) while the dry run or the commit runs. */
export function discardImport(id: ImportId) {
  return call(api.DELETE('/api/v1/volunteer-imports/{id}', { params: { path: { id } } }));
}

export function useDiscardImport() {
  const invalidate = useInvalidateImports();
  return useMutation({ mutationFn: discardImport, onSuccess: invalidate });
}
