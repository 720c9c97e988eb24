import { ApartmentOutlined } from '@ant-design/icons';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId } from '@/api/types';
import { LinkButton } from '@/components/link-button';
import { OrgUnitCard } from '@/components/org-unit-card';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useMyUnit } from '../api/get-my-unit';
import { SubUnitsSummary } from './sub-units-summary';

/** 本单位: the user's own unit card and, when it has sub-units, how they divide by kind. */
export function MyUnitCard({ unitId }: { unitId: OrgUnitId }) {
  const { t } = useTranslation('home');
  const unit = useMyUnit(unitId);
  const mobile = useIsMobile();

  if (unit.isError) return <QueryErrorResult error={unit.error} onRetry={() => void unit.refetch()} />;
  if (!unit.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  return (
    <>
      <OrgUnitCard
        unit={unit.data}
        compact
        footer={
          <LinkButton
            to={`/org-units/${unit.data.id}`}
            type="primary"
            size="large"
            block={mobile}
            icon={<ApartmentOutlined />}
          >
            {t('openHierarchy')}
          </LinkButton>
        }
      />
      {unit.data.childCount > 0 && <SubUnitsSummary unitId={unit.data.id} />}
    </>
  );
}
