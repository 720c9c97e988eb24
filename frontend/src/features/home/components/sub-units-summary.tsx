import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, OrgUnitKind } from '@/api/types';
import { PageLoading } from '@/components/page-loading';
import { useSubUnits } from '../api/get-sub-units';

const UnitsByKindChart = lazy(() =>
  import('./units-by-kind-chart').then((m) => ({ default: m.UnitsByKindChart })),
);

/** 下级单位构成: how many townships, streets, departments… sit under the user's unit. */
export function SubUnitsSummary({ unitId }: { unitId: OrgUnitId }) {
  const { t } = useTranslation(['home', 'common']);
  const { data } = useSubUnits(unitId, true);
  const counts = useMemo(() => {
    const byKind = new Map<OrgUnitKind, number>();
    for (const unit of data?.items ?? []) byKind.set(unit.kind, (byKind.get(unit.kind) ?? 0) + 1);
    return [...byKind].map(([kind, count]) => ({ label: t(`common:kind.${kind}`), count }));
  }, [data, t]);

  if (!data || counts.length === 0) return null;
  return (
    <section className="ggw-card" aria-labelledby="units-by-kind">
      <h4 id="units-by-kind" className="ggw-card-title">
        {t('unitsByKind')}
      </h4>
      <Suspense fallback={<PageLoading />}>
        <UnitsByKindChart data={counts} />
      </Suspense>
    </section>
  );
}
