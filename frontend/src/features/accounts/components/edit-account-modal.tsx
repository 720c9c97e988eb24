import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, UpdateAccount } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useUpdateAccount } from '../api/update-account';
import { AccountProfileFields } from './account-profile-fields';

const fields = ['displayName', 'role', 'unitId'] as const;

export function EditAccountModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const update = useUpdateAccount();

  return (
    <FormModal<UpdateAccount>
      title={`${t('edit.title')}：${account.username}`}
      fields={fields}
      initialValues={{ displayName: account.displayName, role: account.role, unitId: account.unit.id }}
      onClose={onClose}
      onSubmit={async (body) => {
        await update.mutateAsync({ id: account.id, body });
        void message.success(t('edit.success'));
      }}
    >
      <AccountProfileFields currentUnit={account.unit} />
    </FormModal>
  );
}
