import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FillVacancy, Page, SeatRole, Vacancy } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';
import { useInvalidateCommittees } from './use-invalidate-committees';

export interface FillVacancyInput {
  unitId: number;
  role: SeatRole;
  slot: number;
  body: FillVacancy;
}

/** Appoints the chosen person; 409 when the role has no vacancy left (someone filled it meanwhile). */
export function fillVacancy({ unitId, role, body }: FillVacancyInput) {
  return call(
    api.POST('/api/v1/committees/{unitId}/vacancies/{role}/fill', {
      params: { path: { unitId, role } },
      body,
    }),
  );
}

export function useFillVacancy() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCommittees();
  return useMutation({
    mutationFn: fillVacancy,
    onSuccess: (_appointment, { unitId, role, slot }) => {
      // The row goes at once; the refetch that follows brings the server's truth.
      queryClient.setQueriesData<InfiniteData<Page<Vacancy>>>(
        { queryKey: committeeKeys.vacancies },
        (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((p) => ({
                  ...p,
                  items: p.items.filter((v) => !(v.unit.id === unitId && v.role === role && v.slot === slot)),
                })),
              }
            : data,
      );
      return invalidate();
    },
    // A 409 means the list was stale: refresh it so the filled seat disappears.
    onError: () => invalidate(),
  });
}
