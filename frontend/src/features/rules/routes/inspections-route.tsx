import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Skeleton, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { QueryErrorResult } from '@/components/query-error-result';
import { DownloadButton } from '@/components/download-button';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { downloadInspectionResults, useInspection, useInspections } from '../api/inspections';
import type { InspectionUnitResult } from '../api/types';
import { useRuleAccess } from '../api/use-rule-access';
import { OpenInspectionModal } from '../components/open-inspection-modal';

/** /rules/inspections — a year-end round (?round=), every unit ranked with its scores beside its evidence and receipts. */
export function InspectionsRoute() {
  const { t } = useTranslation('rules');
  const [params, setParams] = useSearchParams();
  const { canWrite } = useRuleAccess();
  const rounds = useInspections();
  const chosen = Number(params.get('round')) || rounds.data?.[0]?.id;
  const round = useInspection(chosen);
  const [opening, setOpening] = useState(false);
  const mobile = useIsMobile();
  const shortfallOnly = params.get('shortfall') === '1';
  const units = round.data?.units ?? [];
  const shown = shortfallOnly ? units.filter((u) => u.shortfall) : units;
  const short = units.filter((u) => u.shortfall).length;

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
        {canWrite && (
          <Button type="primary" size="large" onClick={() => setOpening(true)}>
            {t('inspections.openRound')}
          </Button>
        )}
        {rounds.data.length > 0 && (
          <Flex gap={8} wrap>
            <Select
              aria-label={t('inspections.round')}
              value={chosen}
              style={{ minWidth: 240 }}
              onChange={(id) => setParams({ round: String(id) })}
              popupMatchSelectWidth={false}
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
        <>
          {round.data && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text>
                {t('inspections.shortfallCount', { short, total: units.length })}
              </Typography.Text>
              <Switch
                aria-label={t('inspections.shortfallOnly')}
                checked={shortfallOnly}
                onChange={(on) => {
                  const next = new URLSearchParams(params);
                  if (on) next.set('shortfall', '1');
                  else next.delete('shortfall');
                  setParams(next);
                }}
              />
              <Typography.Text>{t('inspections.shortfallOnly')}</Typography.Text>
            </Flex>
          )}
          {mobile ? (
            <InspectionCards rows={shown} loading={round.isPending} />
          ) : (
            <Table
              rowKey={(r) => r.unit.id}
              loading={round.isPending}
              dataSource={shown}
              columns={columns}
              pagination={false}
              scroll={{ x: 640 }}
              size="small"
            />
          )}
        </>
      )}
      {opening && (
        <OpenInspectionModal
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false);
            setParams({ round: String(id) });
          }}
        />
      )}
    </Flex>
  );
}

/** On a phone one card per unit: rank, score and share, obligations and receipts in view (no sideways table). */
function InspectionCards({ rows, loading }: { rows: InspectionUnitResult[]; loading: boolean }) {
  const { t } = useTranslation('rules');
  if (loading) return <Skeleton active />;
  return (
    <Flex vertical gap={12} role="list" aria-label={t('inspections.title')}>
      {rows.map((r) => (
        <Card key={r.unit.id} size="small" role="listitem" aria-label={r.unit.name}>
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {r.rank > 0 ? `${r.rank}. ` : ''}
                {r.unit.name}
              </Typography.Text>
              <Typography.Text strong>
                {r.totalScore} / {r.maxTotal}
                {r.scoreShare === null ? '' : `（${Math.round(r.scoreShare * 100)}%）`}
              </Typography.Text>
            </Flex>
            {r.shortfall && (
              <span>
                <Tag color="red">{t('inspections.shortfall')}</Tag>
                <Typography.Text type="secondary">
                  {t('inspections.weakest', { codes: r.weakestRules.join('、') })}
                </Typography.Text>
              </span>
            )}
            <Typography.Text type="secondary">
              {t('inspections.obligations')} {r.obligationsMet} / {r.obligationsDue} ·{' '}
              {t('inspections.receipts')} {r.bulletinsAcknowledged} / {r.bulletinsReceived}
            </Typography.Text>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
