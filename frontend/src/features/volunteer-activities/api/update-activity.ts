import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ActivityId, UpdateActivity } from './types';
import { useInvalidateActivities } from './use-invalidate-activities';

/** 409 when someone changed the entry since it was read (the version is stale). */
export function updateActivity({ activityId, body }: { activityId: ActivityId; body: UpdateActivity }) {
  return call(
    api.PUT('/api/v1/volunteer-activities/{activityId}', { params: { path: { activityId } }, body }),
  );
}

export function useUpdateActivity() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: updateActivity, onSuccess: invalidate });
}
