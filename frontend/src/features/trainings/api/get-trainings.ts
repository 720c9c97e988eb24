import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';

/** Sessions organised in the caller's subtree, latest first (the first 200). */
export function getTrainings(type?: string) {
  return call(api.GET('/api/v1/trainings', { params: { query: { limit: 200, ...(type ? { type } : {}) } } }));
}

export function useTrainings(type?: string) {
  return useQuery({
    queryKey: trainingKeys.list(type),
    queryFn: () => getTrainings(type),
    placeholderData: keepPreviousData,
  });
}
