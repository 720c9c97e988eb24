import { FileExcelOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Card,
  Flex,
  InputNumber,
  List,
  Progress,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { formatTrail, parseTrail, type TrailUnit } from '@/lib/drill-trail';
import { downloadCoverage } from '../api/download-documents';
import { useOwed, useTrainingCoverage } from '../api/get-coverage';
import { useTrainingTypes } from '../api/get-training-types';
import type { OwedTraining, TrainingCoverageRow } from '../api/types';
import { useTypeName } from '../components/tags';

const TrainingCoverageChart = lazy(() => import('../components/coverage-chart'));

const percent = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);

/**
 * 培训覆盖: trained ÷ required for the year, the unit and each child (drill down by a bar or a row), and who
 * is still owed a training. Year, type and the drill-down trail live in the URL (?year&type&unit=id:name,…).
 */
export function TrainingCoverageRoute() {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const type = params.get('type') ?? undefined;
  const trail = parseTrail(params.get('unit'));
  const unitId = trail.at(-1)?.id;
  const coverage = useTrainingCoverage(unitId, year, type);
  const owed = useOwed(unitId, year, type);
  const types = useTrainingTypes();
  const typeName = useTypeName();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const setTrail = (units: TrailUnit[]) => update({ unit: formatTrail(units) });
  const drill = (row: TrainingCoverageRow) => setTrail([...trail, { id: row.unit.id, name: row.unit.name }]);

  if (coverage.isPending) return <Card loading />;
  if (coverage.error)
    return <QueryErrorResult error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const data = coverage.data;

  return (
    <Flex vertical gap={16}>
      <Card title={t('coverage.title')} styles={mobile ? { body: { padding: 12 } } : undefined}>
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            <InputNumber
              aria-label={t('coverage.year')}
              min={1980}
              max={2100}
              value={year}
              onChange={(v) => v && update({ year: String(v) })}
            />
            <Select
              aria-label={t('list.columns.type')}
              style={{ width: 180 }}
              value={type ?? ''}
              onChange={(v) => update({ type: v || undefined })}
              options={[
                { value: '', label: t('coverage.allTypes') },
                ...(types.data ?? []).map((ty) => ({ value: ty.code, label: typeName(ty) })),
              ]}
            />
            <DownloadButton icon={<FileExcelOutlined />} save={() => downloadCoverage(unitId, year, type)}>
              {t('documents.coverage')}
            </DownloadButton>
          </Flex>
          {trail.length > 0 && (
            <Breadcrumb
              items={[
                { key: 'root', title: <a onClick={() => setTrail([])}>{t('coverage.up')}</a> },
                ...trail.map((u, i) => ({
                  key: u.id,
                  title:
                    i === trail.length - 1 ? (
                      u.name || data.unit.unit.name
                    ) : (
                      <a onClick={() => setTrail(trail.slice(0, i + 1))}>{u.name}</a>
                    ),
                })),
              ]}
            />
          )}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="coverage-unit">
            {data.unit.unit.name}
          </Typography.Title>
          <Flex gap={24} wrap align="center">
            <Progress type="circle" percent={Math.round((data.unit.coverage ?? 0) * 100)} size={96} />
            <Statistic title={t('coverage.required')} value={data.unit.required} />
            <Statistic title={t('coverage.trained')} value={data.unit.trained} />
            <Statistic title={t('coverage.ratio')} value={percent(data.unit.coverage)} />
          </Flex>
          <Typography.Text type="secondary">
            {t('coverage.target', { target: data.sessionsTarget, held: data.sessionsHeld })}
          </Typography.Text>
          {data.children.length > 0 && (
            <>
              <Typography.Text type="secondary">{t('coverage.drillHint')}</Typography.Text>
              <Suspense fallback={<Skeleton active />}>
                <TrainingCoverageChart rows={data.children} onPick={drill} />
              </Suspense>
              <Table<TrainingCoverageRow>
                aria-label={t('coverage.title')}
                rowKey={(r) => r.unit.id}
                size="small"
                dataSource={data.children}
                pagination={false}
                // On a phone four narrow columns that wrap within the screen: nothing scrolls out of sight.
                tableLayout={mobile ? 'fixed' : undefined}
                onRow={(r) => ({ onClick: () => drill(r), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('detail.unit'), render: (_, r) => <a>{r.unit.name}</a> },
                  { title: t('coverage.required'), dataIndex: 'required' },
                  { title: t('coverage.trained'), dataIndex: 'trained' },
                  { title: t('coverage.ratio'), render: (_, r) => percent(r.coverage) },
                  ...(mobile ? [] : [{ title: t('coverage.sessions'), dataIndex: 'sessions' }]),
                ]}
              />
            </>
          )}
        </Flex>
      </Card>
      <Card title={t('coverage.owed')} styles={mobile ? { body: { padding: 12 } } : undefined}>
        {owed.error ? (
          <QueryErrorResult error={owed.error} onRetry={() => void owed.refetch()} />
        ) : (
          <List<OwedTraining>
            aria-label={t('coverage.owed')}
            loading={owed.isPending}
            dataSource={owed.data ?? []}
            locale={{ emptyText: t('coverage.noOwed') }}
            renderItem={(o) => (
              <List.Item aria-label={o.name}>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex justify="space-between">
                    <Typography.Text strong>{o.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('coverage.deadline')} {o.deadline}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text type="secondary">
                    {o.unit.name}
                    {o.seatRole ? ` · ${t(`role.${o.seatRole}`)}` : ''} ·{' '}
                    {t(`coverage.owedReason.${o.reason}`)}
                    {o.sessionTitle ? ` · ${o.sessionTitle}` : ''}
                    {o.status ? ` · ${t(`attendance.${o.status}`)}` : ''}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
