import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/api/types';
import { AccountActions } from './account-actions';

interface Props {
  accounts: Account[];
  loading: boolean;
  onEdit: (account: Account) => void;
  onResetPassword: (account: Account) => void;
}

export function AccountsTable({ accounts, loading, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation(['accounts', 'common']);
  return (
    <Table<Account>
      rowKey="id"
      loading={loading}
      dataSource={accounts}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('empty') }}
      columns={[
        { title: t('field.username'), dataIndex: 'username' },
        { title: t('field.displayName'), dataIndex: 'displayName' },
        { title: t('field.role'), dataIndex: 'role', render: (_, a) => t(`common:role.${a.role}`) },
        { title: t('field.unit'), key: 'unit', render: (_, a) => a.unit.name },
        {
          title: t('field.status'),
          dataIndex: 'enabled',
          render: (enabled: boolean) => (
            <Tag color={enabled ? 'success' : 'default'}>
              {t(enabled ? 'status.enabled' : 'status.disabled')}
            </Tag>
          ),
        },
        {
          title: t('field.createdAt'),
          dataIndex: 'createdAt',
          render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: t('field.actions'),
          key: 'actions',
          render: (_, account) => (
            <AccountActions
              account={account}
              onEdit={() => onEdit(account)}
              onResetPassword={() => onResetPassword(account)}
            />
          ),
        },
      ]}
    />
  );
}
