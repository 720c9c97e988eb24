import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Appointment, EndReason } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useEndAppointment } from '../api/end-appointment';

// 调整 only through the adjustment flow.
const reasons: EndReason[] = ['AGE', 'HEALTH', 'ELECTION', 'RESIGNATION', 'DEATH', 'OTHER'];

interface Values {
  endedOn: Dayjs;
  reason: EndReason;
  note?: string;
}

/** 离任: the last holder leaves; the seat shows as vacant from that day. */
export function EndAppointmentModal({
  appointment,
  onClose,
}: {
  appointment: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const end = useEndAppointment();
  return (
    <FormModal<Values>
      title={`${t('action.end')} · ${appointment.volunteerName}`}
      fields={['endedOn', 'reason', 'note']}
      danger
      okText={t('action.end')}
      initialValues={{ endedOn: dayjs() }}
      onClose={onClose}
      onSubmit={async ({ endedOn, reason, note }) => {
        await end.mutateAsync({
          id: appointment.id,
          body: { endedOn: endedOn.format('YYYY-MM-DD'), reason, note: note?.trim() || null },
        });
        void message.success(t('form.saved'));
      }}
    >
      {(form) => (
        <>
          <Form.Item name="endedOn" label={t('form.endedOn')} rules={[{ required: true }]}>
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('form.endReason')} rules={[{ required: true }]}>
            <Select options={reasons.map((r) => ({ value: r, label: t(`endReason.${r}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.reason !== b.reason}>
            {() => (
              <Form.Item
                name="note"
                label={t('form.notes')}
                rules={[
                  { required: form.getFieldValue('reason') === 'OTHER', whitespace: true },
                  { max: 200 },
                ]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
