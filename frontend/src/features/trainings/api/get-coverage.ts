import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';

/** The coverage page's query: a unit (the caller's own when absent), a calendar year, a type. */
export function coverageQuery(unitId: number | undefined, year: number, type?: string) {
  return {
    ...(unitId ? { unitId } : {}),
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    ...(type ? { type } : {}),
  };
}

export function getTrainingCoverage(unitId: number | undefined, year: number, type?: string) {
  return call(api.GET('/api/v1/training-coverage', { params: { query: coverageQuery(unitId, year, type) } }));
}

export function useTrainingCoverage(unitId: number | undefined, year: number, type?: string) {
  return useQuery({
    queryKey: trainingKeys.coverage(unitId, year, type),
    queryFn: () => getTrainingCoverage(unitId, year, type),
    placeholderData: keepPreviousData,
  });
}

export function getOwed(unitId: number | undefined, year: number, type?: string) {
  return call(
    api.GET('/api/v1/training-owed', {
      params: { query: { ...(unitId ? { unitId } : {}), year, limit: 200, ...(type ? { type } : {}) } },
    }),
  );
}

export function useOwed(unitId: number | undefined, year: number, type?: string) {
  return useQuery({
    queryKey: trainingKeys.owed(unitId, year, type),
    queryFn: () => getOwed(unitId, year, type),
  });
}
