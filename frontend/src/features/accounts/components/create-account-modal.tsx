import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateAccount } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useCreateAccount } from '../api/create-account';
import { RoleSelect } from './role-select';

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
        rules={[{ required: true, whitespace: true, max: 64 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('field.displayName')}
        rules={[{ required: true, whitespace: true, max: 64 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('field.role')} rules={[{ required: true }]}>
        <RoleSelect />
      </Form.Item>
      <Form.Item name="unitId" label={t('field.unit')} rules={[{ required: true }]}>
        <OrgUnitPicker />
      </Form.Item>
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
