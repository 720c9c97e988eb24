import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Adjustment } from '@/api/types';
import { AdjustmentStatusTag } from './adjustment-status-tag';

/** Adjustments, newest first; each opens its detail. */
export function AdjustmentsTable({
  rows,
  loading,
  mobile,
}: {
  rows: Adjustment[];
  loading: boolean;
  mobile: boolean;
}) {
  const { t } = useTranslation('committees');
  const next = (a: Adjustment) => (a.nextStep ? t(`nextStep.${a.nextStep}`) : '—');

  if (mobile) {
    return (
      <Flex vertical gap={12}>
        {rows.length === 0 && !loading && (
          <Typography.Text type="secondary">{t('adjustments.empty')}</Typography.Text>
        )}
        {rows.map((a) => (
          <Card key={a.id} size="small">
            <Flex vertical gap={6}>
              <Link to={`/committees/adjustments/${a.id}`} style={{ fontSize: 18 }}>
                {a.unit.name} · {a.appointment.volunteerName}
              </Link>
              <Flex gap={8} wrap align="center">
                <AdjustmentStatusTag status={a.status} />
                <Typography.Text type="secondary">{next(a)}</Typography.Text>
              </Flex>
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<Adjustment> = [
    { key: 'unit', title: t('adjustments.unit'), render: (_, a) => a.unit.name },
    {
      key: 'holder',
      title: t('adjustments.holder'),
      render: (_, a) => <Link to={`/committees/adjustments/${a.id}`}>{a.appointment.volunteerName}</Link>,
    },
    {
      key: 'status',
      title: t('adjustments.status'),
      render: (_, a) => <AdjustmentStatusTag status={a.status} />,
    },
    { key: 'next', title: t('adjustments.nextStep'), render: (_, a) => next(a) },
    {
      key: 'proposedAt',
      title: t('adjustments.proposedAt'),
      render: (_, a) => dayjs(a.proposedAt).format('YYYY-MM-DD'),
    },
  ];
  return (
    <Table<Adjustment>
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      locale={{ emptyText: t('adjustments.empty') }}
      scroll={{ x: 'max-content' }}
    />
  );
}
