import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateAccount } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useCreateAccount } from '../api/create-account';
import { AccountProfileFields } from './account-profile-fields';

const fields = ['username', 'displayName', 'role', 'unitId', 'temporaryPassword'] as const;

export function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const create = useCreateAccount();

  return (
    <FormModal<CreateAccount>
      title={t('create.title')}
      fields={fields}
      onClose={onClose}
      onSubmit={async (values) => {
        const account = await create.mutateAsync(values);
        void message.success(t('create.success', { username: account.username }));
      }}
    >
      <Form.Item
        name="username"
        label={t('field.username')}
        rules={[{ required: true, whitespace: true, max: 50 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <AccountProfileFields />
      <Form.Item
        name="temporaryPassword"
        label={t('field.temporaryPassword')}
        extra={t('create.passwordHint')}
        rules={[{ required: true, min: 8, max: 64 }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
