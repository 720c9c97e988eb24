import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { download } from '@/lib/download';
import { ruleKeys } from './keys';
import type { BulletinBox, SendBulletin } from './types';

export function useBulletins(box: BulletinBox) {
  return useQuery({
    queryKey: ruleKeys.bulletins(box),
    queryFn: () => call(api.GET('/api/v1/bulletins', { params: { query: { box, limit: 50 } } })),
  });
}

/** The copies not yet acknowledged, in the caller's scope. */
export function usePendingReceipts(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ruleKeys.receipts(id),
    queryFn: () =>
      call(
        api.GET('/api/v1/bulletins/{id}/receipts', {
          params: { path: { id }, query: { status: 'PENDING', limit: 200 } },
        }),
      ),
    enabled,
  });
}

export function useAcknowledgeBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      call(api.POST('/api/v1/bulletins/{id}/acknowledgement', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

export function useRemindBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      call(api.POST('/api/v1/bulletins/{id}/reminders', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

export function useSendBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendBulletin) => call(api.POST('/api/v1/bulletins', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

/** One bulletin with its text and attachments (read when a card is opened). */
export function useBulletin(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ruleKeys.bulletin(id),
    queryFn: () => call(api.GET('/api/v1/bulletins/{id}', { params: { path: { id } } })),
    enabled,
  });
}

/** An attachment, through the bulletin (a recipient cannot open the sender's files otherwise). */
export function downloadBulletinAttachment(id: number, fileId: number, name: string) {
  return download(
    api.GET('/api/v1/bulletins/{id}/attachments/{fileId}', {
      params: { path: { id, fileId } },
      parseAs: 'blob',
    }),
    name,
  );
}
