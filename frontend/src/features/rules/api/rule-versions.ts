import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { ruleKeys } from './keys';
import type { UpdateRuleVersion } from './types';

// The rulebook editor's calls: a unit's rules, one version, and the steps draft → consultation → published.

/** The rules a unit issues, with their latest version and the one in force today. */
export function useIssuedRules(ownerUnitId: number) {
  return useQuery({
    queryKey: ruleKeys.issued(ownerUnitId),
    queryFn: () => call(api.GET('/api/v1/rules', { params: { query: { ownerUnitId } } })),
  });
}

export function useRuleVersion(id: number | undefined) {
  return useQuery({
    queryKey: ruleKeys.version(id ?? 0),
    queryFn: () => call(api.GET('/api/v1/rule-versions/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

/** Every rules page reads these: after any step all of them are refetched. */
function useRulesMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

/** A new draft copied from the latest version (409 while a draft is already open). */
export function useNewDraft() {
  return useRulesMutation((ruleId: number) =>
    call(api.POST('/api/v1/rules/{id}/versions', { params: { path: { id: ruleId } } })),
  );
}

export function useUpdateVersion() {
  return useRulesMutation(({ id, body }: { id: number; body: UpdateRuleVersion }) =>
    call(api.PUT('/api/v1/rule-versions/{id}', { params: { path: { id } }, body })),
  );
}

/** 征求意见: the units below may comment from now on. */
export function useOpenConsultation() {
  return useRulesMutation((id: number) =>
    call(api.POST('/api/v1/rule-versions/{id}/consultation', { params: { path: { id } } })),
  );
}

/** In force from `effectiveFrom`; with `announce` it is also sent down in a bulletin. */
export function usePublishVersion() {
  return useRulesMutation(
    ({ id, ...body }: { id: number; effectiveFrom: string; version: number; announce: boolean }) =>
      call(api.POST('/api/v1/rule-versions/{id}/publication', { params: { path: { id } }, body })),
  );
}

export function useRuleComments(versionId: number, enabled: boolean) {
  return useQuery({
    queryKey: ruleKeys.comments(versionId),
    queryFn: () =>
      call(api.GET('/api/v1/rule-versions/{id}/comments', { params: { path: { id: versionId } } })),
    enabled,
  });
}

export function useAnswerComment() {
  return useRulesMutation(({ id, answer }: { id: number; answer: string }) =>
    call(api.POST('/api/v1/rule-comments/{id}/answer', { params: { path: { id } }, body: { answer } })),
  );
}
