import { useQueryClient } from '@tanstack/react-query';
import { trainingKeys } from './keys';

/** After any write: sessions, audiences, invitations and coverage are refetched. */
export function useInvalidateTrainings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trainingKeys.all });
}
