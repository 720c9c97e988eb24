import { useMutation } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import type { CreateActivity } from './types';
import { useInvalidateActivities } from './use-invalidate-activities';

/** 409 for withdrawn or deceased people; 400 names the field (date, hours, unitId …). */
export function createActivity({ volunteerId, body }: { volunteerId: VolunteerId; body: CreateActivity }) {
  return call(
    api.POST('/api/v1/volunteers/{id}/activities', { params: { path: { id: volunteerId } }, body }),
  );
}

export function useCreateActivity() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: createActivity, onSuccess: invalidate });
}
