import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useAccounts } from '../api/get-accounts';
import { AccountsTable } from '../components/accounts-table';
import { CreateAccountModal } from '../components/create-account-modal';
import { EditAccountModal } from '../components/edit-account-modal';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { SyncAccountsButton } from '../components/sync-accounts-button';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset'; account: Account } | null;

/** 账号管理 (district-admin): accounts in scope, created and changed through the API. */
export function AccountsRoute() {
  const { t } = useTranslation(['accounts', 'common']);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const accounts = useAccounts(q);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const rows = accounts.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card
      title={t('title')}
      extra={
        <Space wrap>
          <SyncAccountsButton />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('action.create')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <Input.Search
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 360 }}
        />
        <ProblemAlert error={accounts.error} />
        <AccountsTable
          accounts={rows}
          loading={accounts.isPending}
          onEdit={(account) => setDialog({ kind: 'edit', account })}
          onResetPassword={(account) => setDialog({ kind: 'reset', account })}
        />
        {accounts.hasNextPage && (
          <Button block loading={accounts.isFetchingNextPage} onClick={() => void accounts.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
      {dialog?.kind === 'create' && <CreateAccountModal onClose={close} />}
      {dialog?.kind === 'edit' && <EditAccountModal account={dialog.account} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal account={dialog.account} onClose={close} />}
    </Card>
  );
}
