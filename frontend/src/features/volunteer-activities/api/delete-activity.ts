import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import type { ActivityId } from './types';
import { useInvalidateActivities } from './use-invalidate-activities';

export function deleteActivity(activityId: ActivityId) {
  return call(api.DELETE('/api/v1/volunteer-activities/{activityId}', { params: { path: { activityId } } }));
}

export function useDeleteActivity() {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: deleteActivity, onSuccess: invalidate });
}
