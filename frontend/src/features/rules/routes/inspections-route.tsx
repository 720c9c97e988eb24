import { FileExcelOutlined } from '@ant-design/icons';
import { Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { QueryErrorResult } from '@/components/query-error-result';
import { DownloadButton } from '@/components/download-button';
import { downloadInspectionResults, useInspection, useInspections } from '../api/inspections';
import type { InspectionUnitResult } from '../api/types';
import { useRuleAccess } from '../api/use-rule-access';

/** /rules/inspections — a year-end round (?round=), every unit ranked with its scores beside its evidence and receipts. */
export function InspectionsRoute() {
  const { t } = useTranslation('rules');
  const [params, setParams] = useSearchParams();
  const { canWrite } = useRuleAccess();
  const rounds = useInspections();
  const chosen = Number(params.get('round')) || rounds.data?.[0]?.id;
  const round = useInspection(chosen);

  if (rounds.isPending) return <Skeleton active />;
  if (rounds.isError) return <QueryErrorResult error={rounds.error} onRetry={() => void rounds.refetch()} />;

  const columns = [
    {
      title: t('inspections.rank'),
      dataIndex: 'rank',
      width: 64,
      render: (rank: number) => (rank > 0 ? rank : '—'),
    },
    {
      title: t('inspections.unit'),
      key: 'unit',
      render: (_: unknown, r: InspectionUnitResult) => (
        <Flex vertical>
          <span>{r.unit.name}</span>
          {r.shortfall && (
            <span>
              <Tag color="red">{t('inspections.shortfall')}</Tag>
              <Typography.Text type="secondary">
                {t('inspections.weakest', { codes: r.weakestRules.join('、') })}
              </Typography.Text>
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: t('inspections.score'),
      key: 'score',
      render: (_: unknown, r: InspectionUnitResult) => `${r.totalScore} / ${r.maxTotal}`,
    },
    {
      title: t('inspections.share'),
      dataIndex: 'scoreShare',
      render: (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`),
    },
    {
      title: t('inspections.obligations'),
      key: 'obligations',
      render: (_: unknown, r: InspectionUnitResult) => `${r.obligationsMet} / ${r.obligationsDue}`,
    },
    {
      title: t('inspections.receipts'),
      key: 'receipts',
      render: (_: unknown, r: InspectionUnitResult) => `${r.bulletinsAcknowledged} / ${r.bulletinsReceived}`,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inspections.title')}
        </Typography.Title>
        {rounds.data.length > 0 && (
          <Flex gap={8} wrap>
            <Select
              aria-label={t('inspections.round')}
              value={chosen}
              style={{ minWidth: 240 }}
              onChange={(id) => setParams({ round: String(id) })}
              options={rounds.data.map((r) => ({
                value: r.id,
                label: `${r.title}（${r.status === 'FINAL' ? t('inspections.final') : t('inspections.open')}）`,
              }))}
            />
            {chosen !== undefined && (
              <DownloadButton icon={<FileExcelOutlined />} save={() => downloadInspectionResults(chosen)}>
                {t('inspections.xlsx')}
              </DownloadButton>
            )}
          </Flex>
        )}
        {chosen !== undefined && (
          <LinkButton to={`/rules/inspections/${chosen}/score`}>
            {canWrite ? t('scoring.open') : t('scoring.view')}
          </LinkButton>
        )}
      </Flex>
      {rounds.data.length === 0 ? (
        <Empty description={t('inspections.empty')} />
      ) : round.isError ? (
        <QueryErrorResult error={round.error} onRetry={() => void round.refetch()} />
      ) : (
        <Table
          rowKey={(r) => r.unit.id}
          loading={round.isPending}
          dataSource={round.data?.units ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 640 }}
          size="small"
        />
      )}
    </Flex>
  );
}
