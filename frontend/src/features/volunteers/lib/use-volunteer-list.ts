import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityArea, OrgUnitId, VolunteerCategory, VolunteerStatus } from '@/api/types';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useCurrentUser } from '@/lib/current-user';
import { type VolunteerFilters, useVolunteers } from '../api/get-volunteers';

export interface FilterValues {
  unitId?: OrgUnitId;
  category?: VolunteerCategory;
  status?: VolunteerStatus;
  area?: ActivityArea;
  minAge?: number;
  maxAge?: number;
  name: string;
}

const number = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** The filters live in the URL: Back after opening a person returns to the same list, and a link can be shared. */
function useFiltersInUrl(defaultUnitId: OrgUnitId | undefined) {
  const [params, setParams] = useSearchParams();
  const filters: FilterValues = {
    unitId: number(params.get('unit')) ?? defaultUnitId,
    category: (params.get('category') as VolunteerCategory | null) ?? undefined,
    status: (params.get('status') as VolunteerStatus | null) ?? undefined,
    area: (params.get('area') as ActivityArea | null) ?? undefined,
    minAge: number(params.get('minAge')),
    maxAge: number(params.get('maxAge')),
    name: params.get('q') ?? '',
  };
  const setFilters = (next: FilterValues) => {
    const entries: [string, string | number | undefined][] = [
      ['unit', next.unitId === defaultUnitId ? undefined : next.unitId],
      ['category', next.category],
      ['status', next.status],
      ['area', next.area],
      ['minAge', next.minAge],
      ['maxAge', next.maxAge],
      ['q', next.name || undefined],
    ];
    const search = new URLSearchParams();
    for (const [key, value] of entries)
      if (value !== undefined && value !== null) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return [filters, setFilters] as const;
}

/**
 * The 五老 list's state, shared by the phone page (plain elements) and the desk's (antd): the filters from
 * the URL, how many of them are set, the server-side search they make (the name debounced) and its pages.
 */
export function useVolunteerList() {
  const me = useCurrentUser();
  const [filters, setFilters] = useFiltersInUrl(me.unit?.id);
  const active = Object.entries(filters).filter(
    ([key, value]) => key !== 'unitId' && value !== undefined && value !== '',
  ).length;
  const name = useDebouncedValue(filters.name.trim());
  const { unitId, category, status, area, minAge, maxAge } = filters;
  const query = useMemo<VolunteerFilters>(() => {
    const entries = Object.entries({
      unitId,
      category,
      status,
      area,
      minAge,
      maxAge,
      q: name || undefined,
    }).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries) as VolunteerFilters;
  }, [unitId, category, status, area, minAge, maxAge, name]);
  const list = useVolunteers(query);
  // The same array until a page arrives: the phone's cards defer on it (useDeferredValue).
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  return { filters, setFilters, active, query, list, rows };
}

export type VolunteerList = ReturnType<typeof useVolunteerList>;
