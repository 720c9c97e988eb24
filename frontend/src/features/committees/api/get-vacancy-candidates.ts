import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SeatRole } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** People from the registry who could take the seat, best first (masked: no ID, no phone). */
export function getVacancyCandidates(unitId: number, role: SeatRole) {
  return call(
    api.GET('/api/v1/committees/{unitId}/vacancies/{role}/candidates', {
      params: { path: { unitId, role }, query: { limit: 50 } },
    }),
  );
}

export function vacancyCandidatesQueryOptions(unitId: number, role: SeatRole) {
  return queryOptions({
    queryKey: committeeKeys.candidates(unitId, role),
    queryFn: () => getVacancyCandidates(unitId, role),
    // Someone may have been seated meanwhile: always ask again when the picker opens.
    staleTime: 0,
  });
}

export function useVacancyCandidates(unitId: number, role: SeatRole, enabled = true) {
  return useQuery({ ...vacancyCandidatesQueryOptions(unitId, role), enabled });
}
