import { useMutation } from '@tanstack/react-query';
import type { AccountId } from '@/api/types';
import { api, call } from '@/lib/api-client';

/** Sets a temporary password; the user must change it at the next login. */
export async function resetPassword({ id, temporaryPassword }: { id: AccountId; temporaryPassword: string }) {
  await call(
    api.POST('/api/v1/accounts/{id}/reset-password', {
      params: { path: { id } },
      body: { temporaryPassword },
    }),
  );
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
