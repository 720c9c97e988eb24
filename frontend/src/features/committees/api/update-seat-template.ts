import { useMutation } from '@tanstack/react-query';
import type { OrgUnitKind, SeatRuleInput } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Replaces one kind's seats; coverage and vacancies change at once. */
export function updateSeatTemplate({ unitKind, seats }: { unitKind: OrgUnitKind; seats: SeatRuleInput[] }) {
  return call(
    api.PUT('/api/v1/seat-templates/{unitKind}', { params: { path: { unitKind } }, body: { seats } }),
  );
}

export function useUpdateSeatTemplate() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: updateSeatTemplate, onSuccess: invalidate });
}
