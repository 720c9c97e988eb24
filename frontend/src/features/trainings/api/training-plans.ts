import { useMutation, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';
import type { CreateTrainingPlanRequest, UpdateTrainingPlanRequest } from './types';
import { useInvalidateTrainings } from './use-invalidate-trainings';

/** A unit's yearly plans (年度培训计划), the caller's own unit when absent. */
export function getTrainingPlans(unitId: number | undefined, year: number) {
  return call(
    api.GET('/api/v1/training-plans', { params: { query: { ...(unitId ? { unitId } : {}), year } } }),
  );
}

export function useTrainingPlans(unitId: number | undefined, year: number) {
  return useQuery({
    queryKey: trainingKeys.plans(unitId, year),
    queryFn: () => getTrainingPlans(unitId, year),
  });
}

export function createTrainingPlan(body: CreateTrainingPlanRequest) {
  return call(api.POST('/api/v1/training-plans', { body }));
}

export function updateTrainingPlan({ id, body }: { id: number; body: UpdateTrainingPlanRequest }) {
  return call(api.PUT('/api/v1/training-plans/{id}', { params: { path: { id } }, body }));
}

/** Writes invalidate every training query: the coverage's target follows the plans. */
export function useSaveTrainingPlan() {
  const invalidate = useInvalidateTrainings();
  return useMutation({
    mutationFn: (
      input:
        { id: number; body: UpdateTrainingPlanRequest } | { id?: undefined; body: CreateTrainingPlanRequest },
    ) =>
      input.id === undefined
        ? createTrainingPlan(input.body)
        : updateTrainingPlan({ id: input.id, body: input.body }),
    onSuccess: () => invalidate(),
  });
}
