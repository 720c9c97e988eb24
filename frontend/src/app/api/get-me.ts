import { queryOptions } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** The signed-in user: roles, own unit and what the UI may offer. */
export function getMe() {
  return call(api.GET('/api/v1/me'));
}

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: getMe,
  staleTime: 5 * 60_000,
});
