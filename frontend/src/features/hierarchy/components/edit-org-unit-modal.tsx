import { App, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useUpdateOrgUnit } from '../api/update-org-unit';

interface Values {
  name: string;
  code: string;
  sortOrder: number;
}

const fields = ['name', 'code', 'sortOrder'] as const;

/** Edits name, code and sort order; sends the version read (409 if someone changed it since). */
export function EditOrgUnitModal({ unit, onClose }: { unit: OrgUnitDetail; onClose: () => void }) {
  const { t } = useTranslation('hierarchy');
  const { message } = App.useApp();
  const update = useUpdateOrgUnit();

  return (
    <FormModal<Values>
      title={t('edit.title')}
      fields={fields}
      initialValues={{ name: unit.name, code: unit.code, sortOrder: unit.sortOrder }}
      onClose={onClose}
      onSubmit={async (values) => {
        await update.mutateAsync({ id: unit.id, body: { ...values, version: unit.version } });
        void message.success(t('edit.success'));
      }}
    >
      <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="code" label={t('field.code')} rules={[{ required: true, whitespace: true, max: 32 }]}>
        <Input autoComplete="off" inputMode="numeric" />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('field.sortOrder')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
