import { Card, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/api/types';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { AccountActions } from './account-actions';

interface Props {
  accounts: Account[];
  loading: boolean;
  onEdit: (account: Account) => void;
  onResetPassword: (account: Account) => void;
}

/** The accounts in scope: a table at a desk; on a phone one card each, its actions in view. */
export function AccountsTable({ accounts, loading, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation(['accounts', 'common']);
  const mobile = useIsMobile();
  if (mobile) return <AccountCards {...{ accounts, loading, onEdit, onResetPassword }} />;
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

function AccountCards({ accounts, loading, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation(['accounts', 'common']);
  if (loading) return <Card loading />;
  if (accounts.length === 0) return <Typography.Text type="secondary">{t('empty')}</Typography.Text>;
  return (
    <Flex vertical gap={12} role="list" aria-label={t('title')}>
      {accounts.map((a) => (
        <Card key={a.id} size="small" role="listitem" aria-label={a.displayName}>
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 18 }}>
                {a.displayName}
              </Typography.Text>
              <Tag color={a.enabled ? 'success' : 'default'}>
                {t(a.enabled ? 'status.enabled' : 'status.disabled')}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {t(`common:role.${a.role}`)} · {a.unit.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('field.username')}：{a.username}
            </Typography.Text>
            <AccountActions account={a} onEdit={() => onEdit(a)} onResetPassword={() => onResetPassword(a)} />
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
