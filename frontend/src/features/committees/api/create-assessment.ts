import { useMutation } from '@tanstack/react-query';
import type { CreateAssessment } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Records the yearly assessment of a seat holder (优秀 / 称职 / 基本称职 / 不称职). */
export function createAssessment({ appointmentId, body }: { appointmentId: number; body: CreateAssessment }) {
  return call(
    api.POST('/api/v1/appointments/{id}/assessments', { params: { path: { id: appointmentId } }, body }),
  );
}

export function useCreateAssessment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: createAssessment, onSuccess: invalidate });
}
