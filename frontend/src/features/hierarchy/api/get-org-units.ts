import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitListQuery } from '@/api/types';
import { api, call } from '@/lib/api-client';

export type OrgUnitListParams = OrgUnitListQuery;

/** Roots (no params), children (parentId) or a search (q) — always within the caller's scope. */
export function getOrgUnits(params: OrgUnitListParams) {
  return call(api.GET('/api/v1/org-units', { params: { query: { limit: 200, ...params } } }));
}

export function orgUnitsQueryOptions(params: OrgUnitListParams) {
  return queryOptions({
    queryKey: ['org-units', 'list', params],
    queryFn: () => getOrgUnits(params),
  });
}

export function useOrgUnits(params: OrgUnitListParams, enabled = true) {
  return useQuery({ ...orgUnitsQueryOptions(params), enabled });
}
