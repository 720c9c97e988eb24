import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After any change to the activity or care log, cached lists and summaries may be stale. */
export function useInvalidateActivities() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['activities'] }), [queryClient]);
}
