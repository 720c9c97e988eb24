import { useMutation } from '@tanstack/react-query';
import type { ProposeAdjustment } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Proposes to adjust an executive vice-director; 409 without a weak assessment or with one open already. */
export function proposeAdjustment(body: ProposeAdjustment) {
  return call(api.POST('/api/v1/adjustments', { body }));
}

export function useProposeAdjustment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: proposeAdjustment, onSuccess: invalidate });
}
