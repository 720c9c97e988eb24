import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** One unit with its breadcrumbs; 404 when unknown or outside the caller's scope. */
export function getOrgUnit(id: OrgUnitId) {
  return call(api.GET('/api/v1/org-units/{id}', { params: { path: { id } } }));
}

export function orgUnitQueryOptions(id: OrgUnitId) {
  return queryOptions({
    queryKey: ['org-units', 'detail', id],
    queryFn: () => getOrgUnit(id),
  });
}

export function useOrgUnit(id: OrgUnitId | undefined) {
  return useQuery({ ...orgUnitQueryOptions(id!), enabled: id !== undefined });
}
