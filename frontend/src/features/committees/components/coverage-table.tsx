import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitCoverage } from '@/api/types';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { percent } from './coverage-summary';
import { TeamStatusTag } from './team-status-tag';

/**
 * One row per child unit (a card on a phone, with 缺额 and 换届逾期 in view); a unit with units below it
 * drills down on a tap.
 */
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
  const mobile = useIsMobile();
  const hasChildren = (r: UnitCoverage) => r.subtree.teams > (r.status === 'NO_TEMPLATE' ? 0 : 1);
  if (mobile) return <CoverageCards rows={rows} hasChildren={hasChildren} onPick={onPick} />;
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

function CoverageCards({
  rows,
  hasChildren,
  onPick,
}: {
  rows: UnitCoverage[];
  hasChildren: (row: UnitCoverage) => boolean;
  onPick: (row: UnitCoverage) => void;
}) {
  const { t } = useTranslation('committees');
  const figure = (label: string, value: string | number, warn = false) => (
    <Typography.Text type={warn ? 'danger' : undefined}>
      {label} <strong>{value}</strong>
    </Typography.Text>
  );
  return (
    <Flex vertical gap={12} role="list" aria-label={t('coverage.unit')}>
      {rows.map((r) => (
        <Card key={r.unit.id} size="small" role="listitem" aria-label={r.unit.name}>
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 18 }}>
                {r.unit.name}
              </Typography.Text>
              <span>
                <TeamStatusTag status={r.status} />
                {r.electionOverdue && <Tag color="error">{t('card.overdue')}</Tag>}
              </span>
            </Flex>
            <Flex gap="4px 16px" wrap>
              {figure(t('coverage.share'), percent(r.subtree.completeShare))}
              {figure(t('coverage.completeOfTeams'), `${r.subtree.complete} / ${r.subtree.teams}`)}
              {figure(t('coverage.openVacancies'), r.subtree.openVacancies, r.subtree.openVacancies > 0)}
              {figure(
                t('coverage.electionOverdue'),
                r.subtree.electionOverdue,
                r.subtree.electionOverdue > 0,
              )}
            </Flex>
            <Flex gap={8}>
              {hasChildren(r) && (
                <Button size="large" style={{ flex: 1 }} onClick={() => onPick(r)}>
                  {t('coverage.below')}
                </Button>
              )}
              <Link to={`/committees/${r.unit.id}`} className="ggw-button" style={{ flex: 1 }}>
                {t('action.team')}
              </Link>
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
