import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitRef } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { RoleSelect } from './role-select';

/** Name, role and unit of an account: the fields that creating and editing share (limits as the server's). */
export function AccountProfileFields({ currentUnit }: { currentUnit?: OrgUnitRef }) {
  const { t } = useTranslation('accounts');
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('field.displayName')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('field.role')} rules={[{ required: true }]}>
        <RoleSelect />
      </Form.Item>
      <Form.Item name="unitId" label={t('field.unit')} rules={[{ required: true }]}>
        <OrgUnitPicker current={currentUnit} />
      </Form.Item>
    </>
  );
}
