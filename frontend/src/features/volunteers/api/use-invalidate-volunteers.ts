import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After any change to a volunteer, cached lists, details and histories may be stale. */
export function useInvalidateVolunteers() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['volunteers'] }), [queryClient]);
}
