import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgUnitId } from '@/api/types';
import { LazyQueryErrorResult as QueryErrorResult } from '@/components/lazy-results';
import { PageLoading } from '@/components/page-loading';
import { useMyUnit } from '../api/get-my-unit';
import { SubUnitsSummary } from './sub-units-summary';

/**
 * 本单位: the user's own unit — name, kind, code, status — and, when it has sub-units, how they divide by
 * kind. Plain elements (styles.css): the village home's first load carries no antd.
 */
export function MyUnitCard({ unitId }: { unitId: OrgUnitId }) {
  const { t } = useTranslation(['home', 'common']);
  const unit = useMyUnit(unitId);

  if (unit.isError) return <QueryErrorResult error={unit.error} onRetry={() => void unit.refetch()} />;
  if (!unit.data) {
    return (
      <section className="ggw-card">
        <PageLoading />
      </section>
    );
  }
  const { id, name, kind, code, active, childCount, deactivationReason } = unit.data;
  return (
    <>
      <section className="ggw-card" data-testid="org-unit-card" aria-labelledby="my-unit-name">
        <div className="ggw-row">
          <h3 id="my-unit-name" className="ggw-unit-name">
            {name}
          </h3>
          <span className="ggw-badge">{t(`common:kind.${kind}`)}</span>
        </div>
        <dl className="ggw-facts">
          <div>
            <dt>{t('unitCode')}</dt>
            <dd>{code}</dd>
          </div>
          <div>
            <dt>{t('unitStatus')}</dt>
            <dd>
              <span className={active ? 'ggw-badge ggw-badge-success' : 'ggw-badge'}>
                {t(active ? 'common:status.active' : 'common:status.inactive')}
              </span>
              {!active && deactivationReason && ` ${deactivationReason}`}
            </dd>
          </div>
          <div>
            <dt>{t('childCount')}</dt>
            <dd>{childCount}</dd>
          </div>
        </dl>
        <Link to={`/org-units/${id}`} className="ggw-button ggw-button-primary ggw-button-phone-block">
          {t('openHierarchy')}
        </Link>
      </section>
      {childCount > 0 && <SubUnitsSummary unitId={id} />}
    </>
  );
}
