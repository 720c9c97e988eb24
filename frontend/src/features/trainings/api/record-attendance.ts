import { useMutation } from '@tanstack/react-query';
import type { RecordAttendanceRequest } from './types';
import { api, call } from '@/lib/api-client';
import { useInvalidateTrainings } from './use-invalidate-trainings';

export function recordAttendance({ traineeId, body }: { traineeId: number; body: RecordAttendanceRequest }) {
  return call(
    api.PUT('/api/v1/training-trainees/{id}/attendance', { params: { path: { id: traineeId } }, body }),
  );
}

export function useRecordAttendance() {
  const invalidate = useInvalidateTrainings();
  return useMutation({ mutationFn: recordAttendance, onSuccess: () => invalidate() });
}
