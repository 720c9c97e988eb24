import { useMutation, useQuery } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** Full ID number, phone, address and health; the server records every reveal. */
export function revealVolunteer(id: VolunteerId) {
  return call(api.POST('/api/v1/volunteers/{id}/reveal', { params: { path: { id } } }));
}

/** 查看完整信息: on request only, never cached. */
export function useRevealVolunteer() {
  return useMutation({ mutationFn: revealVolunteer });
}

/** The edit form needs the full values to send them back; read once, kept only while open. */
export function usePersonalDataForEdit(id: VolunteerId | undefined) {
  return useQuery({
    queryKey: ['volunteers', 'personal', id],
    queryFn: () => revealVolunteer(id!),
    enabled: id !== undefined,
    gcTime: 0,
    staleTime: Infinity,
  });
}
