import { SyncOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';
import { useSyncAccounts } from '../api/sync-accounts';

export function SyncAccountsButton() {
  const { t } = useTranslation(['accounts', 'common']);
  const { message } = App.useApp();
  const sync = useSyncAccounts();
  return (
    <Tooltip title={t('sync.hint')}>
      <Button
        icon={<SyncOutlined />}
        loading={sync.isPending}
        onClick={() =>
          sync.mutateAsync().then(
            (result) => void message.success(t('sync.success', { count: result.adopted })),
            (e: unknown) => void message.error(problemText(e) ?? t('common:error.generic')),
          )
        }
      >
        {t('action.sync')}
      </Button>
    </Tooltip>
  );
}
