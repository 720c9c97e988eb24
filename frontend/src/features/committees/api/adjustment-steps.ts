import { useMutation } from '@tanstack/react-query';
import type { CompleteAdjustment, DecideAdjustment, RecordConsultation } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

// The steps after the proposal; each answers 409 naming the missing step when taken out of order.

export function recordConsultation({ id, body }: { id: number; body: RecordConsultation }) {
  return call(api.POST('/api/v1/adjustments/{id}/consultation', { params: { path: { id } }, body }));
}

export function decideAdjustment({ id, body }: { id: number; body: DecideAdjustment }) {
  return call(api.POST('/api/v1/adjustments/{id}/decision', { params: { path: { id } }, body }));
}

/** The old appointment ends with 调整 and the successor is appointed, atomically. */
export function completeAdjustment({ id, body }: { id: number; body: CompleteAdjustment }) {
  return call(api.POST('/api/v1/adjustments/{id}/completion', { params: { path: { id } }, body }));
}

export function withdrawAdjustment({ id, note }: { id: number; note?: string | null }) {
  return call(api.POST('/api/v1/adjustments/{id}/withdrawal', { params: { path: { id } }, body: { note } }));
}

export function useRecordConsultation() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: recordConsultation, onSettled: invalidate });
}

export function useDecideAdjustment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: decideAdjustment, onSettled: invalidate });
}

export function useCompleteAdjustment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: completeAdjustment, onSettled: invalidate });
}

export function useWithdrawAdjustment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: withdrawAdjustment, onSettled: invalidate });
}
