import { useMutation } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import type { CreateCareRecord } from './types';
import { useInvalidateActivities } from './use-invalidate-activities';

/** 409 for deceased people. */
export function createCareRecord({
  volunteerId,
  body,
}: {
  volunteerId: VolunteerId;
  body: CreateCareRecord;
}) {
  return call(
    api.POST('/api/v1/volunteers/{id}/care-records', { params: { path: { id: volunteerId } }, body }),
  );
}

export function useCreateCareRecord() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: createCareRecord, onSuccess: invalidate });
}
