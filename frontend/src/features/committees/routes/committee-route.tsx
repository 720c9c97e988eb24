import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NoUnitResult } from '@/components/no-unit-result';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useCommittee } from '../api/get-committee';
import { CommitteeCard } from '../components/committee-card';
import { CommitteeHistory } from '../components/committee-history';

function Team({ unitId }: { unitId: number }) {
  const { t } = useTranslation('committees');
  const mobile = useIsMobile();
  const committee = useCommittee(unitId);

  if (committee.isPending) return <Card loading />;
  if (committee.error)
    return <QueryErrorResult error={committee.error} onRetry={() => void committee.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <CommitteeCard committee={committee.data} mobile={mobile} />
      <Card title={t('card.history')} size={mobile ? 'small' : 'default'}>
        <CommitteeHistory unitId={unitId} />
      </Card>
    </Flex>
  );
}

/** 班子: /committees/:unitId, or the caller's own team at /committees/mine. */
export function CommitteeRoute() {
  const { unitId } = useParams();
  const me = useCurrentUser();
  if (unitId === 'mine' || unitId === undefined) {
    return me.unit ? <Team unitId={me.unit.id} /> : <NoUnitResult />;
  }
  const id = Number(unitId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundResult />;
  return <Team key={id} unitId={id} />;
}
