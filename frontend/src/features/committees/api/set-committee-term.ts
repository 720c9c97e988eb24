import { useMutation } from '@tanstack/react-query';
import type { SetCommitteeTerm } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Term start and the next election (换届) due; a stale version answers 409. */
export function setCommitteeTerm({ unitId, body }: { unitId: number; body: SetCommitteeTerm }) {
  return call(api.PUT('/api/v1/committees/{unitId}/term', { params: { path: { unitId } }, body }));
}

export function useSetCommitteeTerm() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: setCommitteeTerm, onSuccess: invalidate });
}
