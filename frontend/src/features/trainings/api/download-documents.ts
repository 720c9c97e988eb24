import { api } from '@/lib/api-client';
import { download } from '@/lib/download';
import { coverageQuery } from './get-coverage';

/** 签到表: the frozen required audience as a Word document to print for the day. */
export function downloadSignInSheet(id: number) {
  return download(
    api.GET('/api/v1/trainings/{id}/sign-in-sheet.docx', { params: { path: { id } }, parseAs: 'blob' }),
    'sign-in-sheet.docx',
  );
}

/** Coverage of a unit and each unit below it for a year, as on the coverage page (no names). */
export function downloadCoverage(unitId: number | undefined, year: number, type?: string) {
  return download(
    api.GET('/api/v1/training-coverage.xlsx', {
      params: { query: coverageQuery(unitId, year, type) },
      parseAs: 'blob',
    }),
    'training-coverage.xlsx',
  );
}

/** The session's attendance as a workbook, in the language of the page. */
export function downloadAttendance(id: number) {
  return download(
    api.GET('/api/v1/trainings/{id}/attendance.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
    'attendance.xlsx',
  );
}
