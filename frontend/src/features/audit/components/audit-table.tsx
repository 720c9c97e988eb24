import { Card, Collapse, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/api/types';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { BeforeAfterTable } from './before-after-table';

/** Who did what to which record; expand a row for the record before and after. */
export function AuditTable({ events, loading }: { events: AuditEvent[]; loading: boolean }) {
  const { t } = useTranslation('audit');
  const mobile = useIsMobile();
  const actorOf = (event: AuditEvent) =>
    event.actorName ?? (event.actor === 'demo-data' ? t('demoActor') : event.actor);
  // Keys cannot hold dots (i18next nests on them): 'training.check-in' is looked up as training_check-in.
  const actionOf = (action: string) => t(`action.${action.replaceAll('.', '_')}`, { defaultValue: action });
  const typeOf = (type: string) => t(`entity.${type}`, { defaultValue: type });
  if (mobile) {
    // On a phone one card per event: who, what, which record, when; the record before and after folded.
    if (loading) return <Card loading />;
    if (events.length === 0) return <Typography.Text type="secondary">{t('empty')}</Typography.Text>;
    return (
      <Flex vertical gap={12} role="list" aria-label={t('title')}>
        {events.map((event) => (
          <Card key={event.id} size="small" role="listitem">
            <Flex vertical gap={4}>
              <Typography.Text strong>
                {actorOf(event)} · {actionOf(event.action)} · {typeOf(event.entityType)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                {t('field.entityId')}：{event.entityId}
              </Typography.Text>
              <Typography.Text type="secondary">
                {dayjs(event.occurredAt).format('YYYY-MM-DD HH:mm:ss')}
              </Typography.Text>
              <Collapse
                size="small"
                ghost
                items={[{ key: 'diff', label: t('diff.show'), children: <BeforeAfterTable event={event} /> }]}
              />
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<AuditEvent>
      rowKey="id"
      loading={loading}
      dataSource={events}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      expandable={{ expandedRowRender: (event) => <BeforeAfterTable event={event} /> }}
      columns={[
        {
          title: t('field.occurredAt'),
          dataIndex: 'occurredAt',
          render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss'),
        },
        {
          title: t('field.actor'),
          dataIndex: 'actor',
          // People by the name colleagues know; the demo loader by what it is.
          render: (_: string, event) => actorOf(event),
        },
        {
          title: t('field.action'),
          dataIndex: 'action',
          render: (action: string) => actionOf(action),
        },
        {
          title: t('field.entityType'),
          dataIndex: 'entityType',
          render: (type: string) => typeOf(type),
        },
        { title: t('field.entityId'), dataIndex: 'entityId' },
      ]}
    />
  );
}
