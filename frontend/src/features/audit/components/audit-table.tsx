import { Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/api/types';
import { BeforeAfterTable } from './before-after-table';

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
          render: (actor: string, event) =>
            event.actorName ?? (actor === 'demo-data' ? t('demoActor') : actor),
        },
        {
          title: t('field.action'),
          dataIndex: 'action',
          // Keys cannot hold dots (i18next nests on them): 'training.check-in' is looked up as training_check-in.
          render: (action: string) => t(`action.${action.replaceAll('.', '_')}`, { defaultValue: action }),
        },
        {
          title: t('field.entityType'),
          dataIndex: 'entityType',
          render: (type: string) => t(`entity.${type}`, { defaultValue: type }),
        },
        { title: t('field.entityId'), dataIndex: 'entityId' },
      ]}
    />
  );
}
