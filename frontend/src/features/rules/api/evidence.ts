import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { ruleKeys } from './keys';
import type { RecordRuleEvidence } from './types';

/** A photo for the minutes: uploaded first, attached when the record is saved. */
export function uploadPhoto(file: File, unitId: number) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('unitId', String(unitId));
  form.append('purpose', 'IMAGE');
  return call(api.POST('/api/v1/files', { body: {} as never, bodySerializer: () => form }));
}

export function useRecordEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordRuleEvidence) => call(api.POST('/api/v1/rule-evidence', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}
