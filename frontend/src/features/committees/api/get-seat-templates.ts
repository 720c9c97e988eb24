import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** The seats a team needs, for every unit kind. */
export function getSeatTemplates() {
  return call(api.GET('/api/v1/seat-templates'));
}

export const seatTemplatesQueryOptions = queryOptions({
  queryKey: committeeKeys.templates,
  queryFn: getSeatTemplates,
});

export function useSeatTemplates() {
  return useQuery(seatTemplatesQueryOptions);
}
