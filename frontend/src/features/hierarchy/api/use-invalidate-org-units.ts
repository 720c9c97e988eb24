import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After any change to the tree, every cached list, detail and picker result may be stale. */
export function useInvalidateOrgUnits() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['org-units'] }), [queryClient]);
}
