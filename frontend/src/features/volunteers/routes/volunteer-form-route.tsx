import { Skeleton } from 'antd';
import { useParams } from 'react-router';
import { parseOrgUnitId } from '@/api/ids';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useVolunteer } from '../api/get-volunteer';
import { usePersonalDataForEdit } from '../api/reveal-volunteer';
import { VolunteerForm } from '../components/volunteer-form';

/** /volunteers/new and /volunteers/:id/edit (the edit form reads the full values once). */
export function VolunteerFormRoute() {
  const { id: raw } = useParams();
  const mobile = useIsMobile();
  const editing = raw !== undefined;
  const id = editing ? parseOrgUnitId(raw) : undefined;
  const detail = useVolunteer(id);
  const personal = usePersonalDataForEdit(detail.data ? id : undefined);

  if (!editing) return <VolunteerForm mobile={mobile} />;
  if (id === undefined) return <NotFoundResult />;
  const failed = detail.error ?? personal.error;
  if (failed) return <QueryErrorResult error={failed} onRetry={() => void detail.refetch()} />;
  if (!detail.data || !personal.data) return <Skeleton active />;
  return <VolunteerForm existing={{ volunteer: detail.data, personal: personal.data }} mobile={mobile} />;
}
