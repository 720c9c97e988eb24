import { useMutation } from '@tanstack/react-query';
import type { EndAppointment } from '@/api/types';
import { api, call } from '@/lib/api-client';
import { useInvalidateCommittees } from './use-invalidate-committees';

/** Records a departure (年龄, 身体, 换届, …): the seat is vacant from that day. */
export function endAppointment({ id, body }: { id: number; body: EndAppointment }) {
  return call(api.POST('/api/v1/appointments/{id}/end', { params: { path: { id } }, body }));
}

export function useEndAppointment() {
  const invalidate = useInvalidateCommittees();
  return useMutation({ mutationFn: endAppointment, onSuccess: invalidate });
}
