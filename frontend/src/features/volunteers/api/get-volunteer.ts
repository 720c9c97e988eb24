import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VolunteerId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** One volunteer, masked; 404 when unknown or outside the caller's scope. */
export function getVolunteer(id: VolunteerId) {
  return call(api.GET('/api/v1/volunteers/{id}', { params: { path: { id } } }));
}

export function volunteerQueryOptions(id: VolunteerId) {
  return queryOptions({ queryKey: ['volunteers', 'detail', id], queryFn: () => getVolunteer(id) });
}

export function useVolunteer(id: VolunteerId | undefined) {
  return useQuery({ ...volunteerQueryOptions(id!), enabled: id !== undefined });
}
