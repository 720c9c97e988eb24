import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { download } from '@/lib/download';
import type { VolunteerFilters } from './get-volunteers';

/** The current filter as a workbook, masked like the screen; the server records the export. */
export function exportVolunteers(filters: VolunteerFilters) {
  return download(
    api.POST('/api/v1/volunteers/export', { body: filters, parseAs: 'blob' }),
    'volunteers.xlsx',
  );
}

export function useExportVolunteers() {
  return useMutation({ mutationFn: exportVolunteers });
}
