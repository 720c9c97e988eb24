import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { exemplarKeys } from './keys';
import type { BookletInput } from './types';

export function useBooklets() {
  return useQuery({
    queryKey: exemplarKeys.booklets,
    queryFn: () => call(api.GET('/api/v1/booklets', { params: { query: { limit: 200 } } })),
  });
}

export function useCreateBooklet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BookletInput) => call(api.POST('/api/v1/booklets', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: exemplarKeys.booklets }),
  });
}

/** The booklet's Word file as a blob (the bearer token is sent, so a plain link would not do). */
export async function downloadBooklet(id: number): Promise<Blob> {
  return call(
    api.GET('/api/v1/booklets/{id}/docx', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Promise<Blob>;
}
