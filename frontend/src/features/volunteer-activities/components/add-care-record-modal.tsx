import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetail } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useCreateCareRecord } from '../api/create-care-record';
import type { CareKind } from '../api/types';
import { careKinds, isoDate, outsideAllowedDates } from './options';

interface Values {
  date: Dayjs;
  kind: CareKind;
  description?: string;
  givenBy?: string;
}

const fields = ['date', 'kind', 'description', 'givenBy'] as const;

/** 添加关爱记录: care given to the person (走访慰问, 健康关怀 …). */
export function AddCareRecordModal({
  volunteer,
  onClose,
}: {
  volunteer: VolunteerDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('activities');
  const { message } = App.useApp();
  const create = useCreateCareRecord();

  return (
    <FormModal<Values>
      title={t('action.addCare')}
      fields={fields}
      initialValues={{ date: dayjs() }}
      onClose={onClose}
      onSubmit={async (values) => {
        await create.mutateAsync({
          volunteerId: volunteer.id,
          body: {
            date: isoDate(values.date),
            kind: values.kind,
            description: values.description?.trim() || null,
            givenBy: values.givenBy?.trim() || null,
          },
        });
        void message.success(t('message.saved'));
      }}
    >
      <Form.Item name="date" label={t('field.date')} rules={[{ required: true }]}>
        <DatePicker disabledDate={outsideAllowedDates} style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
        <Select options={careKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('field.careDescription')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} showCount maxLength={500} placeholder={t('placeholder.careDescription')} />
      </Form.Item>
      <Form.Item name="givenBy" label={t('field.givenBy')} rules={[{ max: 100 }]}>
        <Input maxLength={100} placeholder={t('placeholder.givenBy')} />
      </Form.Item>
    </FormModal>
  );
}
