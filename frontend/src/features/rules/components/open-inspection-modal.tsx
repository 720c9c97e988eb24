import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/current-user';
import { applyFieldErrors } from '@/lib/form-errors';
import { type OpenInspection, useOpenInspection } from '../api/inspections';

/**
 * 开展年终检查: the year and the scale each rule is scored on; the units are every unit below the caller's
 * (the server takes them from the caller's subtree, not from the page).
 */
export function OpenInspectionModal({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (id: number) => void;
}) {
  const { t } = useTranslation('rules');
  const me = useCurrentUser();
  const open = useOpenInspection();
  const [form] = Form.useForm<OpenInspection>();
  const lastYear = dayjs().year() - 1;

  return (
    <Modal
      open
      title={t('inspections.openRound')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inspections.openRoundOk')}
      confirmLoading={open.isPending}
      width="min(520px, 100vw)"
    >
      <ProblemAlert error={open.error} />
      <Form<OpenInspection>
        form={form}
        layout="vertical"
        initialValues={{ year: lastYear, maxScore: 10, title: null }}
        onFinish={(v) =>
          open.mutate(
            { year: v.year, maxScore: v.maxScore, title: v.title?.trim() || null },
            {
              onSuccess: (round) => onOpened(round.id),
              onError: (e) => applyFieldErrors(form, e, ['year', 'maxScore', 'title']),
            },
          )
        }
      >
        <Form.Item name="year" label={t('inspections.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={dayjs().year()} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="maxScore"
          label={t('inspections.maxScore')}
          extra={t('inspections.maxScoreHint')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('inspections.roundTitle')}>
          <Input maxLength={200} placeholder={t('inspections.roundTitleHint')} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          {t('inspections.roundUnits', { unit: me.unit?.name ?? '' })}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
