import { Card, Col, Row, Skeleton, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { type SummaryFilters, useActivitySummary } from '../api/get-activity-summary';
import { hoursText } from './options';

/** The figures of the caller's scope: count, hours, young people; by area and by unit below. */
export function ActivitySummaryCard({ filters, mobile }: { filters: SummaryFilters; mobile: boolean }) {
  const { t } = useTranslation('activities');
  const summary = useActivitySummary(filters);
  if (summary.isPending) return <Skeleton active />;
  if (summary.isError) return <ProblemAlert error={summary.error} />;
  const s = summary.data;
  const byUnit = [
    ...(s.atUnitItself.count > 0 ? [{ key: 'self', name: t('summary.unitItself'), ...s.atUnitItself }] : []),
    ...s.byChildUnit.map((u) => ({
      key: String(u.unit.id),
      name: u.unit.name,
      count: u.count,
      hours: u.hours,
      youthReached: u.youthReached,
    })),
  ];
  const columns = (first: string) => [
    { title: first, dataIndex: 'name', key: 'name' },
    { title: t('summary.count'), dataIndex: 'count', key: 'count', align: 'right' as const },
    {
      title: t('summary.hours'),
      dataIndex: 'hours',
      key: 'hours',
      align: 'right' as const,
      render: (h: number) => hoursText(h),
    },
    { title: t('summary.youth'), dataIndex: 'youthReached', key: 'youthReached', align: 'right' as const },
  ];

  return (
    <Card title={`${t('summary.title')} · ${s.unit.name}`} size="small">
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('summary.count')} value={s.total.count} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('summary.hours')} value={hoursText(s.total.hours)} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('summary.youth')} value={s.total.youthReached} />
        </Col>
        <Col xs={24} md={12}>
          <Table
            size="small"
            pagination={false}
            scroll={mobile ? { x: true } : undefined}
            title={() => t('summary.byArea')}
            columns={columns(t('field.area'))}
            dataSource={s.byArea.map((a) => ({
              key: a.area,
              name: t(`area.${a.area}`),
              count: a.count,
              hours: a.hours,
              youthReached: a.youthReached,
            }))}
          />
        </Col>
        {byUnit.length > 0 && (
          <Col xs={24} md={12}>
            <Table
              size="small"
              pagination={false}
              scroll={mobile ? { x: true } : undefined}
              title={() => t('summary.byUnit')}
              columns={columns(t('summary.unitBelow'))}
              dataSource={byUnit}
            />
          </Col>
        )}
      </Row>
    </Card>
  );
}
