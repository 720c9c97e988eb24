import { useMutation } from '@tanstack/react-query';
import type { AudiencePreviewRequest } from './types';
import { api, call } from '@/lib/api-client';

/** Who the rule selects from the committee teams now; nothing is saved. */
export function previewAudience(body: AudiencePreviewRequest) {
  return call(api.POST('/api/v1/training-audience-preview', { body }));
}

export function usePreviewAudience() {
  return useMutation({ mutationFn: previewAudience });
}
