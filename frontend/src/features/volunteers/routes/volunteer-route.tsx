import { Flex, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { parseOrgUnitId } from '@/api/ids';
import type { VolunteerDetail } from '@/api/types';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useVolunteer } from '../api/get-volunteer';
import { useCanWriteVolunteers } from '../api/use-volunteer-access';
import { StatusHistory } from '../components/status-history';
import { VolunteerDetailCard } from '../components/volunteer-detail-card';

/**
 * /volunteers/:id — one person, masked; 404 (unknown or out of scope) → 未找到. The app layer
 * adds other features' sections about the person (activities, care) below the history.
 */
export function VolunteerRoute({ sections }: { sections?: (volunteer: VolunteerDetail) => ReactNode } = {}) {
  const { id: raw } = useParams();
  // Volunteer ids are numeric like unit ids.
  const id = parseOrgUnitId(raw);
  const mobile = useIsMobile();
  const canWrite = useCanWriteVolunteers();
  const detail = useVolunteer(id);

  if (id === undefined) return <NotFoundResult />;
  if (detail.isError) return <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;

  return (
    <Flex vertical gap={16}>
      <VolunteerDetailCard volunteer={detail.data} canWrite={canWrite} mobile={mobile} />
      <StatusHistory id={id} />
      {sections?.(detail.data)}
    </Flex>
  );
}
