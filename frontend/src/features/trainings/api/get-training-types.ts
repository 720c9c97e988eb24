import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';

export function getTrainingTypes() {
  return call(api.GET('/api/v1/training-types'));
}

export function useTrainingTypes() {
  return useQuery(
    queryOptions({ queryKey: trainingKeys.types, queryFn: getTrainingTypes, staleTime: 5 * 60_000 }),
  );
}
