import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { exemplarKeys } from './keys';
import type { ExemplarFilters, NominateExemplar, ReviewDecision, UpdateExemplar } from './types';

/** Exemplars in the caller's scope, newest first; `awaiting` makes it a review queue. */
export function exemplarsQueryOptions(filters: ExemplarFilters) {
  return infiniteQueryOptions({
    queryKey: exemplarKeys.list(filters),
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/exemplars', {
          params: { query: { limit: 50, ...filters, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useExemplars(filters: ExemplarFilters) {
  return useInfiniteQuery(exemplarsQueryOptions(filters));
}

export function useExemplar(id: number | undefined) {
  return useQuery({
    queryKey: exemplarKeys.one(id ?? 0),
    queryFn: () => call(api.GET('/api/v1/exemplars/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: exemplarKeys.all });
}

export function useNominate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NominateExemplar) => call(api.POST('/api/v1/exemplars', { body })),
    onSuccess: invalidate,
  });
}

export function useReview(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { decision: ReviewDecision; comment?: string }) =>
      call(api.POST('/api/v1/exemplars/{id}/reviews', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useResubmit(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/exemplars/{id}/resubmission', { params: { path: { id } }, body: {} })),
    onSuccess: invalidate,
  });
}

export function useSubmitToCity(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => call(api.POST('/api/v1/exemplars/{id}/city-submission', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useUpdateExemplar(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateExemplar) =>
      call(api.PUT('/api/v1/exemplars/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** The quotas (名额) that apply to the caller's unit in a year, with the places taken. */
export function useQuotas(year: number | undefined) {
  return useQuery({
    queryKey: [...exemplarKeys.all, 'quotas', year ?? 0],
    queryFn: () => call(api.GET('/api/v1/exemplar-quotas', { params: { query: { year } } })),
    enabled: year !== undefined,
  });
}
