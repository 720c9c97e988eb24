import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { ruleKeys } from './keys';

/** 征求意见: the drafts under consultation that bind the caller's unit. */
export function useConsultations() {
  return useQuery({
    queryKey: ruleKeys.consultations,
    queryFn: () => call(api.GET('/api/v1/rule-consultations')),
  });
}

/** A comment of the caller's unit on a draft, on one clause or (clause null) on the whole draft. */
export function useCommentOnDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, clause, text }: { versionId: number; clause: string | null; text: string }) =>
      call(
        api.POST('/api/v1/rule-versions/{id}/comments', {
          params: { path: { id: versionId } },
          body: { text, clause },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}
