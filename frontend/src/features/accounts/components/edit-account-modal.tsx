import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, UpdateAccount } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useUpdateAccount } from '../api/update-account';
import { RoleSelect } from './role-select';

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
        <OrgUnitPicker current={account.unit} />
      </Form.Item>
    </FormModal>
  );
}
