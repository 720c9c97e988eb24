import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, call } from '@/lib/api-client';
import { download } from '@/lib/download';
import { ruleKeys } from './keys';

export function useInspections() {
  return useQuery({ queryKey: ruleKeys.inspections, queryFn: () => call(api.GET('/api/v1/inspections')) });
}

/** A round with every unit the caller sees, ranked. */
export function useInspection(id: number | undefined) {
  return useQuery({
    queryKey: ruleKeys.inspection(id ?? 0),
    queryFn: () => call(api.GET('/api/v1/inspections/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

/** The round as a workbook: units × rules with scores, totals and rank, in the language of the page. */
export function downloadInspectionResults(id: number) {
  return download(
    api.GET('/api/v1/inspections/{id}/results.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
    'inspection-results.xlsx',
  );
}

export type OpenInspection = components['schemas']['CreateInspectionRequest'];

/** 开展年终检查: a round of a year for every unit below the caller's (409 when that year's round exists). */
export function useOpenInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenInspection) => call(api.POST('/api/v1/inspections', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}
