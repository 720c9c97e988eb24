import { Breadcrumb, Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UnitCoverage } from '@/api/types';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { formatTrail, parseTrail, type TrailUnit } from '@/lib/drill-trail';
import { useCoverage } from '../api/get-coverage';
import { CoverageSummary } from '../components/coverage-summary';
import { CoverageTable } from '../components/coverage-table';
import { FiguresCard } from '../components/figures-card';

const CoverageChart = lazy(() => import('../components/coverage-chart'));

/**
 * 全覆盖: the caller's unit and its children, drilling down township → villages. The drill-down path lives in
 * the URL (?unit=id:name,…), so Back returns to the previous level and a link can open any unit's coverage.
 */
export function CoverageRoute() {
  const { t } = useTranslation('committees');
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  // The path drilled through; empty means the caller's own unit.
  const trail = parseTrail(params.get('unit'));
  const current = trail.at(-1);
  const coverage = useCoverage(current?.id);

  const setTrail = (units: TrailUnit[]) => {
    const next = new URLSearchParams(params);
    const value = formatTrail(units);
    if (value) next.set('unit', value);
    else next.delete('unit');
    setParams(next);
  };
  const drill = (row: UnitCoverage) => {
    if (row.unit.id === coverage.data?.unit.unit.id) return;
    setTrail([...trail, { id: row.unit.id, name: row.unit.name }]);
  };

  if (coverage.isPending) return <Card loading />;
  if (coverage.error)
    return <QueryErrorResult error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const data = coverage.data;
  const root = trail.length === 0 ? data.unit.unit : undefined;
  const rootName = root?.name;

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('coverage.title')}
        extra={<Typography.Text type="secondary">{t('coverage.asOf', { date: data.asOf })}</Typography.Text>}
        styles={mobile ? { body: { padding: 12 } } : undefined}
      >
        <Flex vertical gap={16}>
          {trail.length > 0 && (
            <Breadcrumb
              items={[
                { key: 'root', title: <a onClick={() => setTrail([])}>{t('coverage.up')}</a> },
                ...trail.map((unit, i) => ({
                  key: unit.id,
                  title:
                    i === trail.length - 1 ? (
                      unit.name || data.unit.unit.name
                    ) : (
                      <a onClick={() => setTrail(trail.slice(0, i + 1))}>{unit.name}</a>
                    ),
                })),
              ]}
            />
          )}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="coverage-unit">
            {rootName ?? data.unit.unit.name}
          </Typography.Title>
          <CoverageSummary coverage={data.unit} />
          {data.children.length > 0 && (
            <>
              <Typography.Text type="secondary">
                {t(mobile ? 'coverage.drillHintPhone' : 'coverage.drillHint')}
              </Typography.Text>
              <Suspense fallback={<Skeleton active />}>
                <CoverageChart rows={data.children} onPick={drill} />
              </Suspense>
              <CoverageTable rows={data.children} loading={coverage.isFetching} onPick={drill} />
            </>
          )}
        </Flex>
      </Card>
      <FiguresCard unitId={current?.id} />
    </Flex>
  );
}
