import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { download } from '@/lib/download';
import type { DashboardQuery } from './types';

function query({ unitId, from, to }: DashboardQuery) {
  return { ...(unitId ? { unitId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function dashboardQueryOptions(q: DashboardQuery) {
  return queryOptions({
    queryKey: ['dashboard', q.unitId ?? null, q.from ?? null, q.to ?? null],
    queryFn: () => call(api.GET('/api/v1/dashboard', { params: { query: query(q) } })),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(q: DashboardQuery) {
  return useQuery(dashboardQueryOptions(q));
}

/** 年度工作总结 as a Word document, saved under the server's file name. */
export function downloadReport(q: DashboardQuery) {
  return download(
    api.GET('/api/v1/dashboard/report.docx', { params: { query: query(q) }, parseAs: 'blob' }),
    'work-report.docx',
  );
}

export function useDownloadReport() {
  return useMutation({ mutationFn: downloadReport });
}
