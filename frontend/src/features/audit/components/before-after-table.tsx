import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/api/types';

type Values = Record<string, unknown> | null | undefined;

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/** The record before and after as one table of fields, the changed ones marked. */
export function BeforeAfterTable({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('audit');
  const before = event.before as Values;
  const after = event.after as Values;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = fields.map((field) => {
    const was = show(before?.[field]);
    const is = show(after?.[field]);
    return { field, was, is, changed: !!before && !!after && was !== is };
  });
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('none') }}
      columns={[
        {
          title: t('diff.field'),
          dataIndex: 'field',
          render: (field: string, row) => (
            <>
              <Typography.Text code>{field}</Typography.Text>
              {row.changed && <Tag color="orange">{t('diff.changed')}</Tag>}
            </>
          ),
        },
        { title: t('field.before'), dataIndex: 'was', render: (v: string) => v || t('none') },
        { title: t('field.after'), dataIndex: 'is', render: (v: string) => v || t('none') },
      ]}
    />
  );
}
