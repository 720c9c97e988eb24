import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';

export function getTraining(id: number) {
  return call(api.GET('/api/v1/trainings/{id}', { params: { path: { id } } }));
}

export function useTraining(id: number) {
  return useQuery({ queryKey: trainingKeys.detail(id), queryFn: () => getTraining(id) });
}

export function getTrainees(id: number) {
  return call(api.GET('/api/v1/trainings/{id}/trainees', { params: { path: { id } } }));
}

export function useTrainees(id: number, enabled = true) {
  return useQuery({ queryKey: trainingKeys.trainees(id), queryFn: () => getTrainees(id), enabled });
}
