import { App, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail, OrgUnitKind } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useCreateOrgUnit } from '../api/create-org-unit';

interface Values {
  kind: OrgUnitKind;
  name: string;
  code: string;
  sortOrder?: number;
}

const fields = ['kind', 'name', 'code', 'sortOrder'] as const;

/** 新建下级单位: the kinds offered are those the parent's kind allows (GET /org-unit-kinds). */
export function CreateOrgUnitModal({
  parent,
  allowedKinds,
  onClose,
}: {
  parent: OrgUnitDetail;
  allowedKinds: OrgUnitKind[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['hierarchy', 'common']);
  const { message } = App.useApp();
  const create = useCreateOrgUnit();

  return (
    <FormModal<Values>
      title={t('create.title')}
      fields={fields}
      initialValues={{ kind: allowedKinds.length === 1 ? allowedKinds[0] : undefined }}
      onClose={onClose}
      onSubmit={async (values) => {
        const created = await create.mutateAsync({ parentId: parent.id, ...values });
        void message.success(t('create.success', { name: created.name }));
      }}
    >
      <Typography.Paragraph type="secondary">
        {t('create.under', { parent: parent.name })}
      </Typography.Paragraph>
      <Form.Item
        name="kind"
        label={t('field.kind')}
        rules={[{ required: true, message: t('create.kindPlaceholder') }]}
      >
        <Select
          placeholder={t('create.kindPlaceholder')}
          options={allowedKinds.map((kind) => ({ value: kind, label: t(`common:kind.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="code" label={t('field.code')} rules={[{ required: true, whitespace: true, max: 32 }]}>
        <Input autoComplete="off" inputMode="numeric" />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('field.sortOrder')}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
