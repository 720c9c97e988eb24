import { Col, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/api/types';
import { JsonBlock } from './json-block';

function BeforeAfter({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('audit');
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('field.before')}</Typography.Text>
        <JsonBlock value={event.before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('field.after')}</Typography.Text>
        <JsonBlock value={event.after} />
      </Col>
    </Row>
  );
}

/** Who did what to which record; expand a row for the record before and after. */
export function AuditTable({ events, loading }: { events: AuditEvent[]; loading: boolean }) {
  const { t } = useTranslation('audit');
  return (
    <Table<AuditEvent>
      rowKey="id"
      loading={loading}
      dataSource={events}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      expandable={{ expandedRowRender: (event) => <BeforeAfter event={event} /> }}
      columns={[
        {
          title: t('field.occurredAt'),
          dataIndex: 'occurredAt',
          render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss'),
        },
        { title: t('field.actor'), dataIndex: 'actor' },
        { title: t('field.action'), dataIndex: 'action' },
        { title: t('field.entityType'), dataIndex: 'entityType' },
        { title: t('field.entityId'), dataIndex: 'entityId' },
      ]}
    />
  );
}
