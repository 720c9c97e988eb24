import { queryOptions } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** Unauthenticated: tells the SPA where Keycloak is and whether demo data is loaded. */
export function getClientConfig() {
  return call(api.GET('/api/v1/client-config'));
}

export const clientConfigQueryOptions = queryOptions({
  queryKey: ['client-config'],
  queryFn: getClientConfig,
  staleTime: Infinity,
});
