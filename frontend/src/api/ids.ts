import type { OrgUnitId } from './types';

/** An org unit id from a URL segment; undefined when it cannot be one (→ not found). */
export function parseOrgUnitId(raw: string | undefined): OrgUnitId | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  return Number(raw);
}
