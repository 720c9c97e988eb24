import { useMutation } from '@tanstack/react-query';
import type { AccountId, UpdateAccount } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateAccounts } from './use-invalidate-accounts';

export function updateAccount({ id, body }: { id: AccountId; body: UpdateAccount }) {
  return call(api.PUT('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: updateAccount, onSuccess: invalidate });
}
