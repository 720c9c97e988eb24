import { useMutation } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { useInvalidateAccounts } from './use-invalidate-accounts';

/** Adopts accounts created directly in Keycloak for units in the caller's scope. */
export function syncAccounts() {
  return call(api.POST('/api/v1/accounts/sync'));
}

export function useSyncAccounts() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: syncAccounts, onSuccess: invalidate });
}
