import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useResetPassword } from '../api/reset-password';

const fields = ['temporaryPassword'] as const;

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { message } = App.useApp();
  const reset = useResetPassword();

  return (
    <FormModal<{ temporaryPassword: string }>
      title={t('reset.title', { name: account.displayName })}
      fields={fields}
      okText={t('action.resetPassword')}
      onClose={onClose}
      onSubmit={async ({ temporaryPassword }) => {
        await reset.mutateAsync({ id: account.id, temporaryPassword });
        void message.success(t('reset.success'));
      }}
    >
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
