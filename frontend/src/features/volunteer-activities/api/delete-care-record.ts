import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { CareRecordId } from './types';
import { useInvalidateActivities } from './use-invalidate-activities';

export function deleteCareRecord(recordId: CareRecordId) {
  return call(api.DELETE('/api/v1/volunteer-care-records/{recordId}', { params: { path: { recordId } } }));
}

export function useDeleteCareRecord() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: deleteCareRecord, onSuccess: invalidate });
}
