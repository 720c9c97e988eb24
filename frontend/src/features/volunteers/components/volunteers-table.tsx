import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolunteerSummary } from '@/api/types';
import { VolunteerStatusTag } from './volunteer-status-tag';

/** Desktop list: masked numbers only, the name links to the detail page. */
export function VolunteersTable({ rows, loading }: { rows: VolunteerSummary[]; loading: boolean }) {
  const { t } = useTranslation('volunteers');
  return (
    <Table<VolunteerSummary>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      columns={[
        {
          title: t('field.name'),
          dataIndex: 'name',
          render: (_, v) => <Link to={`/volunteers/${v.id}`}>{v.name}</Link>,
        },
        { title: t('field.gender'), dataIndex: 'gender', render: (_, v) => t(`gender.${v.gender}`) },
        { title: t('field.age'), dataIndex: 'age' },
        { title: t('field.idNumber'), dataIndex: 'idNumberMasked' },
        { title: t('field.phone'), dataIndex: 'phoneMasked', render: (_, v) => v.phoneMasked ?? '—' },
        {
          title: t('field.categories'),
          key: 'categories',
          render: (_, v) => v.categories.map((c) => t(`category.${c}`)).join('、'),
        },
        { title: t('field.unit'), key: 'unit', render: (_, v) => v.unit.name },
        {
          title: t('field.status'),
          key: 'status',
          render: (_, v) => <VolunteerStatusTag status={v.status} />,
        },
      ]}
    />
  );
}
