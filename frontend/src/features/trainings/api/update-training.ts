import { useMutation } from '@tanstack/react-query';
import type { TrainingSessionInput } from './types';
import { api, call } from '@/lib/api-client';
import { useInvalidateTrainings } from './use-invalidate-trainings';

/** Changes a session (not its organiser); a published one keeps its frozen audience until refreshed. */
export function updateTraining({ id, body }: { id: number; body: TrainingSessionInput }) {
  return call(api.PUT('/api/v1/trainings/{id}', { params: { path: { id } }, body }));
}

export function useUpdateTraining() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: updateTraining, onSuccess: () => invalidate() });
}
