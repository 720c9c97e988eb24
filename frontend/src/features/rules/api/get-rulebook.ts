import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { download } from '@/lib/download';
import { ruleKeys } from './keys';

/** The rules in force for a unit on a day (its own and those of the units above it). */
export function getRulebook(unitId: number, on: string) {
  return call(api.GET('/api/v1/rulebook', { params: { query: { unitId, on } } }));
}

export function useRulebook(unitId: number, on: string) {
  return useQuery(
    queryOptions({ queryKey: ruleKeys.rulebook(unitId, on), queryFn: () => getRulebook(unitId, on) }),
  );
}

/** 制度上墙: the same rulebook as a Word document in the official layout. */
export function downloadRulebook(unitId: number, on: string) {
  return download(
    api.GET('/api/v1/rulebook/docx', { params: { query: { unitId, on } }, parseAs: 'blob' }),
    'rulebook.docx',
  );
}
