import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Adjustment } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import {
  useCompleteAdjustment,
  useDecideAdjustment,
  useRecordConsultation,
  useWithdrawAdjustment,
} from '../api/adjustment-steps';
import { useVacancyCandidates } from '../api/get-vacancy-candidates';

interface ModalProps {
  adjustment: Adjustment;
  onClose: () => void;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 征求乡镇党委意见: date, with whom, outcome. */
export function ConsultationModal({ adjustment, onClose }: ModalProps) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const record = useRecordConsultation();
  return (
    <FormModal<{ consultedOn: Dayjs; consultedWith: string; outcome: 'AGREED' | 'DISAGREED'; notes?: string }>
      title={t('action.consult')}
      fields={['consultedOn', 'consultedWith', 'outcome', 'notes']}
      initialValues={{ consultedOn: dayjs(), outcome: 'AGREED' }}
      onClose={onClose}
      onSubmit={async ({ consultedOn, consultedWith, outcome, notes }) => {
        await record.mutateAsync({
          id: adjustment.id,
          body: {
            consultedOn: day(consultedOn),
            consultedWith: consultedWith.trim(),
            outcome,
            notes: notes?.trim() || null,
          },
        });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="consultedOn" label={t('form.consultedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item
        name="consultedWith"
        label={t('form.consultedWith')}
        rules={[{ required: true, whitespace: true }, { max: 100 }]}
      >
        <Input placeholder={t('form.consultedWithPlaceholder')} />
      </Form.Item>
      <Form.Item name="outcome" label={t('form.outcome')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['AGREED', 'DISAGREED'] as const).map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('form.notes')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 决定: approve or reject. */
export function DecisionModal({ adjustment, onClose }: ModalProps) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const decide = useDecideAdjustment();
  return (
    <FormModal<{ decision: 'APPROVED' | 'REJECTED'; notes?: string }>
      title={t('action.decide')}
      fields={['decision', 'notes']}
      onClose={onClose}
      onSubmit={async ({ decision, notes }) => {
        await decide.mutateAsync({ id: adjustment.id, body: { decision, notes: notes?.trim() || null } });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="decision" label={t('form.decision')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['APPROVED', 'REJECTED'] as const).map((d) => ({ value: d, label: t(`decision.${d}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('form.notes')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 完成交接: the new holder from the candidates; the old appointment ends with 调整. */
export function CompletionModal({ adjustment, onClose }: ModalProps) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const complete = useCompleteAdjustment();
  const candidates = useVacancyCandidates(adjustment.unit.id, adjustment.appointment.role);
  const options = (candidates.data ?? []).map((c) => ({
    value: c.volunteerId,
    label: `${c.name} · ${t('fill.age', { age: c.age })} · ${c.unit.name}${c.sameUnit ? ` · ${t('fill.sameUnit')}` : ''}`,
  }));
  if (adjustment.proposedSuccessorId && !options.some((o) => o.value === adjustment.proposedSuccessorId)) {
    options.unshift({ value: adjustment.proposedSuccessorId, label: adjustment.proposedSuccessorName ?? '' });
  }
  return (
    <FormModal<{ successorVolunteerId: number; effectiveOn: Dayjs }>
      title={t('action.complete')}
      fields={['successorVolunteerId', 'effectiveOn']}
      initialValues={{
        successorVolunteerId: adjustment.proposedSuccessorId ?? undefined,
        effectiveOn: dayjs(),
      }}
      onClose={onClose}
      onSubmit={async ({ successorVolunteerId, effectiveOn }) => {
        await complete.mutateAsync({
          id: adjustment.id,
          body: { successorVolunteerId, effectiveOn: day(effectiveOn) },
        });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="successorVolunteerId" label={t('form.successor')} rules={[{ required: true }]}>
        <Select options={options} loading={candidates.isPending} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('form.effectiveOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}

/** 撤回: only before the decision. */
export function WithdrawalModal({ adjustment, onClose }: ModalProps) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const withdraw = useWithdrawAdjustment();
  return (
    <FormModal<{ note?: string }>
      title={t('action.withdraw')}
      fields={['note']}
      danger
      okText={t('action.withdraw')}
      onClose={onClose}
      onSubmit={async ({ note }) => {
        await withdraw.mutateAsync({ id: adjustment.id, note: note?.trim() || null });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="note" label={t('form.withdrawNote')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
