import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { useInvalidateTrainings } from './use-invalidate-trainings';

export function publishTraining({ id, version }: { id: number; version: number }) {
  return call(api.POST('/api/v1/trainings/{id}/publish', { params: { path: { id } }, body: { version } }));
}

export function cancelTraining({ id, reason, version }: { id: number; reason: string; version: number }) {
  return call(
    api.POST('/api/v1/trainings/{id}/cancel', { params: { path: { id } }, body: { reason, version } }),
  );
}

export function deleteTraining(id: number) {
  return call(api.DELETE('/api/v1/trainings/{id}', { params: { path: { id } } }));
}

export function refreshAudience(id: number) {
  return call(api.POST('/api/v1/trainings/{id}/audience/refresh', { params: { path: { id } } }));
}

export function usePublishTraining() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: publishTraining, onSuccess: () => invalidate() });
}

export function useCancelTraining() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: cancelTraining, onSuccess: () => invalidate() });
}

export function useDeleteTraining() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: deleteTraining, onSuccess: () => invalidate() });
}

export function useRefreshAudience() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: refreshAudience, onSuccess: () => invalidate() });
}
