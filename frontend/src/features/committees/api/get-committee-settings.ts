import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** The vacancy threshold that applies to the caller's unit. */
export function getCommitteeSettings() {
  return call(api.GET('/api/v1/committee-settings'));
}

export const committeeSettingsQueryOptions = queryOptions({
  queryKey: committeeKeys.settings,
  queryFn: getCommitteeSettings,
});

export function useCommitteeSettings() {
  return useQuery(committeeSettingsQueryOptions);
}
