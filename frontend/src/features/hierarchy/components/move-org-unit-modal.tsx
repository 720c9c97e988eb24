import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail, OrgUnitId } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useMoveOrgUnit } from '../api/move-org-unit';

interface Values {
  newParentId: OrgUnitId;
}

const fields = ['newParentId'] as const;

/** 迁移: choose the new parent by searching; the server refuses kinds that may not nest. */
export function MoveOrgUnitModal({ unit, onClose }: { unit: OrgUnitDetail; onClose: () => void }) {
  const { t } = useTranslation('hierarchy');
  const { message } = App.useApp();
  const move = useMoveOrgUnit();
  const parent = unit.breadcrumbs.at(-2);

  return (
    <FormModal<Values>
      title={t('move.title')}
      fields={fields}
      initialValues={{ newParentId: parent?.id }}
      onClose={onClose}
      onSubmit={async ({ newParentId }) => {
        await move.mutateAsync({ id: unit.id, body: { newParentId, version: unit.version } });
        void message.success(t('move.success'));
      }}
    >
      <Typography.Paragraph type="secondary">{t('move.hint', { name: unit.name })}</Typography.Paragraph>
      <Form.Item name="newParentId" label={t('move.newParent')} rules={[{ required: true }]}>
        <OrgUnitPicker current={parent} disabled={(candidate) => candidate.id === unit.id} />
      </Form.Item>
    </FormModal>
  );
}
