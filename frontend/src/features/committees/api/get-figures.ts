import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** The numbers a work report quotes for a subtree and a date range (both ends included). */
export function getFigures(unitId: number | undefined, from: string, to: string) {
  return call(
    api.GET('/api/v1/committee-figures', { params: { query: { from, to, ...(unitId ? { unitId } : {}) } } }),
  );
}

export function figuresQueryOptions(unitId: number | undefined, from: string, to: string) {
  return queryOptions({
    queryKey: committeeKeys.figures(unitId, from, to),
    queryFn: () => getFigures(unitId, from, to),
    placeholderData: keepPreviousData,
  });
}

export function useFigures(unitId: number | undefined, from: string, to: string) {
  return useQuery(figuresQueryOptions(unitId, from, to));
}
