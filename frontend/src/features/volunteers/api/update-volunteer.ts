import { useMutation } from '@tanstack/react-query';
import type { UpdateVolunteer, VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateVolunteers } from './use-invalidate-volunteers';

/** Sends the version read, so a concurrent change answers 409 instead of being overwritten. */
export function updateVolunteer({ id, body }: { id: VolunteerId; body: UpdateVolunteer }) {
  return call(api.PUT('/api/v1/volunteers/{id}', { params: { path: { id } }, body }));
}

export function useUpdateVolunteer() {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: updateVolunteer, onSuccess: invalidate });
}
