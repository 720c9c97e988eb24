import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useDeactivateOrgUnit } from '../api/deactivate-org-unit';

interface Values {
  reason: string;
}

const fields = ['reason'] as const;

/** 停用 with a reason; the server refuses (409) while active children or data depend on the unit. */
export function DeactivateOrgUnitModal({ unit, onClose }: { unit: OrgUnitDetail; onClose: () => void }) {
  const { t } = useTranslation('hierarchy');
  const { message } = App.useApp();
  const deactivate = useDeactivateOrgUnit();

  return (
    <FormModal<Values>
      title={`${t('deactivate.title')}：${unit.name}`}
      fields={fields}
      okText={t('action.deactivate')}
      danger
      onClose={onClose}
      onSubmit={async (body) => {
        await deactivate.mutateAsync({ id: unit.id, body });
        void message.success(t('deactivate.success'));
      }}
    >
      <Typography.Paragraph type="secondary">{t('deactivate.hint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('deactivate.reason')}
        rules={[{ required: true, whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={3} placeholder={t('deactivate.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
