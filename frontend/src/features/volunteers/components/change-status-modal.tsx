import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetail, VolunteerStatus } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useChangeVolunteerStatus } from '../api/change-volunteer-status';
import { nextStatuses } from './options';

interface Values {
  status: VolunteerStatus;
  note?: string;
}

const fields = ['status', 'note'] as const;

/** 变更状态 with a note (e.g. 登门走访); offers only the changes the server allows. */
export function ChangeStatusModal({
  volunteer,
  onClose,
}: {
  volunteer: VolunteerDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('volunteers');
  const { message } = App.useApp();
  const change = useChangeVolunteerStatus();
  const options = nextStatuses[volunteer.status].map((s) => ({ value: s, label: t(`status.${s}`) }));

  return (
    <FormModal<Values>
      title={t('changeStatus.title')}
      fields={fields}
      initialValues={{ status: options.length === 1 ? options[0].value : undefined }}
      onClose={onClose}
      onSubmit={async ({ status, note }) => {
        await change.mutateAsync({
          id: volunteer.id,
          body: { status, note: note?.trim() || null, version: volunteer.version },
        });
        void message.success(t('changeStatus.success', { status: t(`status.${status}`) }));
      }}
    >
      <Form.Item name="status" label={t('changeStatus.newStatus')} rules={[{ required: true }]}>
        <Select options={options} />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')} rules={[{ max: 200 }]}>
        <Input.TextArea rows={2} placeholder={t('changeStatus.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
