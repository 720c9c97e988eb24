import { queryOptions } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { takeEarlyClientConfig } from '@/lib/keycloak-session';

/**
 * Unauthenticated: tells the SPA where Keycloak is and whether demo data is loaded. The first time, the
 * answer the page's entry already fetched to start the sign-in (one round trip less before the first screen).
 */
export function getClientConfig() {
  return takeEarlyClientConfig() ?? call(api.GET('/api/v1/client-config'));
}

export const clientConfigQueryOptions = queryOptions({
  queryKey: ['client-config'],
  queryFn: getClientConfig,
  staleTime: Infinity,
});
