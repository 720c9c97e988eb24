import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { exemplarKeys } from './keys';
import type { MeetingInput } from './types';

export function useMeetings() {
  return useQuery({
    queryKey: exemplarKeys.meetings,
    queryFn: () => call(api.GET('/api/v1/exchange-meetings', { params: { query: { limit: 200 } } })),
  });
}

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput) => call(api.POST('/api/v1/exchange-meetings', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: exemplarKeys.all }),
  });
}
