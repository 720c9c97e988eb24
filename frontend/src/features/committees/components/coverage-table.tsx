import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitCoverage } from '@/api/types';
import { percent } from './coverage-summary';
import { TeamStatusTag } from './team-status-tag';

/** One row per child unit; a unit with units below it drills down on click. */
export function CoverageTable({
  rows,
  loading,
  onPick,
}: {
  rows: UnitCoverage[];
  loading: boolean;
  onPick: (row: UnitCoverage) => void;
}) {
  const { t } = useTranslation('committees');
  const hasChildren = (r: UnitCoverage) => r.subtree.teams > (r.status === 'NO_TEMPLATE' ? 0 : 1);
  const columns: TableColumnsType<UnitCoverage> = [
    {
      key: 'unit',
      title: t('coverage.unit'),
      render: (_, r) =>
        hasChildren(r) ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => onPick(r)}>
            {r.unit.name}
          </Button>
        ) : (
          r.unit.name
        ),
    },
    {
      key: 'own',
      title: t('coverage.ownStatus'),
      render: (_, r) => (
        <>
          <TeamStatusTag status={r.status} />
          {r.electionOverdue && <Tag color="error">{t('card.overdue')}</Tag>}
        </>
      ),
    },
    {
      key: 'complete',
      title: t('coverage.completeOfTeams'),
      render: (_, r) => `${r.subtree.complete} / ${r.subtree.teams}`,
    },
    { key: 'share', title: t('coverage.share'), render: (_, r) => percent(r.subtree.completeShare) },
    { key: 'incomplete', title: t('coverage.incomplete'), render: (_, r) => r.subtree.incomplete },
    { key: 'empty', title: t('coverage.empty'), render: (_, r) => r.subtree.empty },
    { key: 'vacancies', title: t('coverage.openVacancies'), render: (_, r) => r.subtree.openVacancies },
    { key: 'overdue', title: t('coverage.electionOverdue'), render: (_, r) => r.subtree.electionOverdue },
    {
      key: 'team',
      title: '',
      render: (_, r) => <Link to={`/committees/${r.unit.id}`}>{t('action.team')}</Link>,
    },
  ];
  return (
    <Table<UnitCoverage>
      rowKey={(r) => r.unit.id}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
    />
  );
}
