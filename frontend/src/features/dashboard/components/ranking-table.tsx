import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardChild, DashboardKpi } from '../api/types';
import { childValue, formatValue } from '../lib/figures';

/** 排名: the units below ranked by a figure (best first), with each line's headline; a name drills down. */
export function RankingTable({
  rows,
  rankBy,
  columns,
  onDrill,
  mobile,
}: {
  rows: DashboardChild[];
  rankBy: DashboardKpi;
  columns: DashboardKpi[];
  onDrill: (child: DashboardChild) => void;
  mobile: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const ranked = [...rows].sort((a, b) => {
    const va = childValue(a, rankBy);
    const vb = childValue(b, rankBy);
    if (va === vb) return a.unit.name.localeCompare(b.unit.name, 'zh-CN');
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va;
  });
  const shown = mobile ? columns.filter((c) => c.key === rankBy.key) : columns;
  return (
    <div data-testid="ranking">
      <Table<DashboardChild>
        rowKey={(r) => r.unit.id}
        dataSource={ranked}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        aria-label={t('ranking')}
        columns={[
          {
            key: 'rank',
            title: t('rank'),
            width: 56,
            render: (_: unknown, __: DashboardChild, i: number) => i + 1,
          },
          {
            key: 'unit',
            title: t('unit'),
            render: (_: unknown, r: DashboardChild) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onDrill(r)}>
                {r.unit.name}
              </Button>
            ),
          },
          ...shown.map((kpi) => ({
            key: kpi.key,
            title: kpi.label,
            align: 'right' as const,
            render: (_: unknown, r: DashboardChild) => formatValue(kpi.kind, childValue(r, kpi)),
          })),
        ]}
      />
    </div>
  );
}
