import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';
import { committeeKeys } from './keys';

/** A seat holder's yearly assessments (年度考核), newest year first. */
export function getAssessments(appointmentId: number) {
  return call(api.GET('/api/v1/appointments/{id}/assessments', { params: { path: { id: appointmentId } } }));
}

export function assessmentsQueryOptions(appointmentId: number) {
  return queryOptions({
    queryKey: committeeKeys.assessments(appointmentId),
    queryFn: () => getAssessments(appointmentId),
  });
}

export function useAssessments(appointmentId: number) {
  return useQuery(assessmentsQueryOptions(appointmentId));
}
