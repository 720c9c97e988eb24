import { useMutation } from '@tanstack/react-query';
import type { TrainingSessionInput } from './types';
import { api, call } from '@/lib/api-client';
import { useInvalidateTrainings } from './use-invalidate-trainings';

export function createTraining(body: TrainingSessionInput) {
  return call(api.POST('/api/v1/trainings', { body }));
}

export function useCreateTraining() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: createTraining, onSuccess: () => invalidate() });
}
