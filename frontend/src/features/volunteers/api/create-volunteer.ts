import { useMutation } from '@tanstack/react-query';
import type { CreateVolunteer } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateVolunteers } from './use-invalidate-volunteers';

/** 400 on birthDate asks to confirm a person under 50 (resend with confirmYoung). */
export function createVolunteer(body: CreateVolunteer) {
  return call(api.POST('/api/v1/volunteers', { body }));
}

export function useCreateVolunteer() {
  const invalidate = useInvalidateVolunteers();
  return useMutation({ mutationFn: createVolunteer, onSuccess: invalidate });
}
