import { Alert, App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useAssessments } from '../api/get-assessments';
import { useVacancyCandidates } from '../api/get-vacancy-candidates';
import { useProposeAdjustment } from '../api/propose-adjustment';
import { weakRatings } from './options';

interface Values {
  reasons: string;
  proposedSuccessorId?: number;
}

const fields = ['reasons', 'proposedSuccessorId'] as const;

/** 提议调整 an executive vice-director: reasons and, optionally, a suggested successor. */
export function ProposeAdjustmentModal({
  appointment,
  onClose,
  onProposed,
}: {
  appointment: Appointment;
  onClose: () => void;
  onProposed?: (id: number) => void;
}) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const propose = useProposeAdjustment();
  const assessments = useAssessments(appointment.id);
  const candidates = useVacancyCandidates(appointment.unit.id, appointment.role);
  const latest = assessments.data?.[0];
  const weak = assessments.data?.find((a) => weakRatings.includes(a.rating));

  return (
    <FormModal<Values>
      title={`${t('action.propose')} · ${appointment.volunteerName}`}
      fields={fields}
      okText={t('action.propose')}
      onClose={onClose}
      onSubmit={async ({ reasons, proposedSuccessorId }) => {
        const adjustment = await propose.mutateAsync({
          appointmentId: appointment.id,
          assessmentId: weak?.id ?? null,
          reasons: reasons.trim(),
          proposedSuccessorId: proposedSuccessorId ?? null,
        });
        void message.success(t('form.proposed'));
        onProposed?.(adjustment.id);
      }}
    >
      {latest && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={t('form.latestAssessment', { year: latest.year, rating: t(`rating.${latest.rating}`) })}
        />
      )}
      {assessments.isSuccess && !weak && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('form.noWeakAssessment')} />
      )}
      <Form.Item
        name="reasons"
        label={t('form.reasons')}
        rules={[{ required: true, whitespace: true }, { max: 500 }]}
      >
        <Input.TextArea rows={3} placeholder={t('form.reasonsPlaceholder')} />
      </Form.Item>
      <Form.Item name="proposedSuccessorId" label={t('form.proposedSuccessor')}>
        <Select
          allowClear
          loading={candidates.isPending}
          options={(candidates.data ?? []).map((c) => ({
            value: c.volunteerId,
            label: `${c.name} · ${c.age} · ${c.unit.name}`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
