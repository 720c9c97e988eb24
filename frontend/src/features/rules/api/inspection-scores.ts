import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { ruleKeys } from './keys';
import type { ScoreInspection } from './types';

/** One unit in a round, rule by rule: what was due and met, its score and findings. */
export function useInspectionSheet(id: number, unitId: number | undefined) {
  return useQuery({
    queryKey: ruleKeys.sheet(id, unitId ?? 0),
    queryFn: () =>
      call(
        api.GET('/api/v1/inspections/{id}/units/{unitId}', {
          params: { path: { id, unitId: unitId ?? 0 } },
        }),
      ),
    enabled: unitId !== undefined,
  });
}

export function useScoreInspection(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoreInspection) =>
      call(api.PUT('/api/v1/inspections/{id}/scores', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

/** Finalised, the round can no longer change. */
export function useFinaliseInspection(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      call(
        api.POST('/api/v1/inspections/{id}/finalisation', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}
