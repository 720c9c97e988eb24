import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { useInvalidateTrainings } from './use-invalidate-trainings';

/** Checks one of the caller's people in with the code shown at the session. */
export function checkIn(body: { code: string; volunteerId: number }) {
  return call(api.POST('/api/v1/training-check-ins', { body }));
}

export function useCheckIn() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: checkIn, onSuccess: () => invalidate() });
}
