import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Sets the district's vacancy threshold; overdue flags change with it. */
export function updateCommitteeSettings(vacancyOverdueDays: number) {
  return call(api.PUT('/api/v1/committee-settings', { body: { vacancyOverdueDays } }));
}

export function useUpdateCommitteeSettings() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: updateCommitteeSettings, onSuccess: invalidate });
}
