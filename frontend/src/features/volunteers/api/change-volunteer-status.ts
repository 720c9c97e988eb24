import { useMutation } from '@tanstack/react-query';
import type { ChangeVolunteerStatus, VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateVolunteers } from './use-invalidate-volunteers';

/** REGISTERED → CONTACTED → ACTIVE ⇄ INACTIVE; any → WITHDRAWN / DECEASED. Others answer 409. */
export function changeVolunteerStatus({ id, body }: { id: VolunteerId; body: ChangeVolunteerStatus }) {
  return call(api.POST('/api/v1/volunteers/{id}/status', { params: { path: { id } }, body }));
}

export function useChangeVolunteerStatus() {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: changeVolunteerStatus, onSuccess: invalidate });
}
