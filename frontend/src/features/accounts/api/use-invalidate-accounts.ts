import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export function useInvalidateAccounts() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['accounts'] }), [queryClient]);
}
