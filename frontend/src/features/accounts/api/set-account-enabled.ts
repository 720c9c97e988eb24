import { useMutation } from '@tanstack/react-query';
import type { AccountId } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateAccounts } from './use-invalidate-accounts';

/** 停用 / 启用 an account: a disabled account cannot log in. */
export function setAccountEnabled({ id, enabled }: { id: AccountId; enabled: boolean }) {
  const params = { params: { path: { id } } };
  return call(
    enabled
      ? api.POST('/api/v1/accounts/{id}/enable', params)
      : api.POST('/api/v1/accounts/{id}/disable', params),
  );
}

export function useSetAccountEnabled() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: setAccountEnabled, onSuccess: invalidate });
}
