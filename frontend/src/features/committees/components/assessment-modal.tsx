import { App, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Appointment, AssessmentRating } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useCreateAssessment } from '../api/create-assessment';
import { ratings } from './options';

interface Values {
  year: number;
  rating: AssessmentRating;
  notes?: string;
}

const fields = ['year', 'rating', 'notes'] as const;

/** 年度考核 of a seat holder: the first step before a proposal to adjust. */
export function AssessmentModal({ appointment, onClose }: { appointment: Appointment; onClose: () => void }) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const create = useCreateAssessment();
  return (
    <FormModal<Values>
      title={`${t('action.assess')} · ${appointment.volunteerName}`}
      fields={fields}
      initialValues={{ year: dayjs().year() - (dayjs().month() < 11 ? 1 : 0) }}
      onClose={onClose}
      onSubmit={async ({ year, rating, notes }) => {
        await create.mutateAsync({
          appointmentId: appointment.id,
          body: { year, rating, notes: notes?.trim() || null },
        });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="year" label={t('form.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rating" label={t('form.rating')} rules={[{ required: true }]}>
        <Select options={ratings.map((r) => ({ value: r, label: t(`rating.${r}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('form.notes')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
