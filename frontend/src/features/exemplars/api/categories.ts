import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '@/lib/api-client';
import { exemplarKeys } from './keys';
import type { CategoryDefinition, CreateCategory, UpdateCategory } from './types';

/** The categories that apply to the caller's unit: built in, then the district's (inactive ones on the register screen). */
export function useCategories(includeInactive = false) {
  return useQuery({
    queryKey: exemplarKeys.categories(includeInactive),
    queryFn: () => call(api.GET('/api/v1/exemplar-categories', { params: { query: { includeInactive } } })),
    staleTime: 5 * 60_000,
  });
}

/** A category's name in the reader's language; a code the register does not (or no longer) offer shows as itself. */
export function useCategoryName() {
  const { i18n } = useTranslation();
  const all = useCategories(true);
  const english = i18n.language.startsWith('en');
  return (code: string) => {
    const c = all.data?.find((x) => x.code === code);
    return c ? categoryName(c, english) : code;
  };
}

export function categoryName(c: CategoryDefinition, english: boolean) {
  return english ? c.nameEn : c.nameZh;
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['exemplars', 'categories'] });
}

export function useCreateCategory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateCategory) => call(api.POST('/api/v1/exemplar-categories', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateCategory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: UpdateCategory }) =>
      call(api.PUT('/api/v1/exemplar-categories/{code}', { params: { path: { code } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteCategory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (code: string) =>
      call(api.DELETE('/api/v1/exemplar-categories/{code}', { params: { path: { code } } })),
    onSuccess: invalidate,
  });
}
