import { useMutation } from '@tanstack/react-query';
import type { CreateAccount } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateAccounts } from './use-invalidate-accounts';

/** Creates the Keycloak user with a temporary password the user must change. */
export function createAccount(body: CreateAccount) {
  return call(api.POST('/api/v1/accounts', { body }));
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: createAccount, onSuccess: invalidate });
}
