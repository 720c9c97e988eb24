import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After an import changes state, cached lists and reports may be stale. */
export function useInvalidateImports() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['volunteer-imports'] }), [queryClient]);
}
