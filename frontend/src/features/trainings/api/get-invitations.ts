import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { trainingKeys } from './keys';

/** Sessions the caller's own people are in (the last 30 days and ahead). */
export function getInvitations() {
  return call(api.GET('/api/v1/training-invitations', { params: { query: { limit: 200 } } }));
}

export function useInvitations() {
  return useQuery({ queryKey: trainingKeys.invitations, queryFn: getInvitations });
}
