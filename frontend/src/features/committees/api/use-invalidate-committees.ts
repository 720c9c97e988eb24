import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { committeeKeys } from './keys';

/** After any appointment or adjustment change, every team, vacancy and coverage figure may be stale. */
export function useInvalidateCommittees() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: committeeKeys.all }), [queryClient]);
}
