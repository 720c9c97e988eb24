import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, call } from '@/lib/api-client';
import { exemplarKeys } from './keys';

export type DistributeBooklet = components['schemas']['DistributeBookletRequest'];

const distributionsKey = (id: number) => [...exemplarKeys.booklets, id, 'distributions'] as const;

/** The bulletins that carried a booklet, with their receipt share. */
export function useBookletDistributions(id: number) {
  return useQuery({
    queryKey: distributionsKey(id),
    queryFn: () => call(api.GET('/api/v1/booklets/{id}/distributions', { params: { path: { id } } })),
  });
}

/** 下发: the booklet's Word file sent in a 《情况反映》 bulletin. */
export function useDistributeBooklet(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DistributeBooklet) =>
      call(api.POST('/api/v1/booklets/{id}/distributions', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: distributionsKey(id) }),
  });
}
