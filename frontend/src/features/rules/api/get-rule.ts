import { useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { ruleKeys } from './keys';

/** A rule with every version, newest first. */
export function useRule(id: number | undefined) {
  return useQuery({
    queryKey: ruleKeys.rule(id ?? 0),
    queryFn: () => call(api.GET('/api/v1/rules/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

/** Two versions of one rule side by side, clause by clause. */
export function useRuleDiff(from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: ruleKeys.diff(from ?? 0, to ?? 0),
    queryFn: () =>
      call(api.GET('/api/v1/rule-versions/diff', { params: { query: { from: from ?? 0, to: to ?? 0 } } })),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}
