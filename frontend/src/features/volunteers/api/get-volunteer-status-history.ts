import { useQuery } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** Every status change of one volunteer, oldest first. */
export function getVolunteerStatusHistory(id: VolunteerId) {
  return call(api.GET('/api/v1/volunteers/{id}/status-history', { params: { path: { id } } }));
}

export function useVolunteerStatusHistory(id: VolunteerId) {
  return useQuery({
    queryKey: ['volunteers', 'history', id],
    queryFn: () => getVolunteerStatusHistory(id),
  });
}
