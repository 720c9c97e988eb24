import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/api/types';
import { problemText } from '@/lib/api-error';
import { useSetAccountEnabled } from '../api/set-account-enabled';

interface Props {
  account: Account;
  onEdit: () => void;
  onResetPassword: () => void;
}

export function AccountActions({ account, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation(['accounts', 'common']);
  const { message } = App.useApp();
  const setEnabled = useSetAccountEnabled();

  const toggle = (enabled: boolean) =>
    setEnabled.mutateAsync({ id: account.id, enabled }).then(
      () => void message.success(t(enabled ? 'enable.success' : 'disable.success')),
      (e: unknown) => void message.error(problemText(e) ?? t('common:error.generic')),
    );

  return (
    <Space size={0} wrap>
      <Button type="link" onClick={onEdit}>
        {t('action.edit')}
      </Button>
      {account.enabled ? (
        <Popconfirm
          title={t('disable.confirm', { name: account.displayName })}
          okText={t('common:action.confirm')}
          cancelText={t('common:action.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => toggle(false)}
        >
          <Button type="link" danger>
            {t('action.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="link" onClick={() => void toggle(true)}>
          {t('action.enable')}
        </Button>
      )}
      <Button type="link" onClick={onResetPassword}>
        {t('action.resetPassword')}
      </Button>
    </Space>
  );
}
