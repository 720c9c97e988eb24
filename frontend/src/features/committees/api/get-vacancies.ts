import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

export type VacancyFilters = Omit<
  NonNullable<paths['/api/v1/vacancies']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** Open required seats in the caller's scope, oldest first, a page at a time. */
export function vacanciesQueryOptions(filters: VacancyFilters) {
  return infiniteQueryOptions({
    queryKey: [...committeeKeys.vacancies, filters],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/vacancies', {
          params: { query: { limit: 50, ...filters, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useVacancies(filters: VacancyFilters) {
  return useInfiniteQuery(vacanciesQueryOptions(filters));
}
