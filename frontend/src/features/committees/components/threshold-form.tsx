import { App, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommitteeSettings } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useUpdateCommitteeSettings } from '../api/update-committee-settings';

/** The district's vacancy threshold (e.g. 30 days). */
export function ThresholdForm({ settings }: { settings: CommitteeSettings }) {
  const { t } = useTranslation(['committees', 'common']);
  const { message } = App.useApp();
  const update = useUpdateCommitteeSettings();
  return (
    <Form<{ vacancyOverdueDays: number }>
      layout="vertical"
      initialValues={{ vacancyOverdueDays: settings.vacancyOverdueDays }}
      onFinish={({ vacancyOverdueDays }) =>
        update.mutate(vacancyOverdueDays, { onSuccess: () => void message.success(t('settings.saved')) })
      }
    >
      <ProblemAlert error={update.error} />
      <Form.Item
        name="vacancyOverdueDays"
        label={t('settings.threshold')}
        extra={t('settings.thresholdHelp')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={3650} suffix={t('settings.days')} style={{ width: 200 }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common:action.save')}
        </Button>
        <Typography.Text type="secondary">
          {settings.setBy ? t('settings.setBy', { unit: settings.setBy.name }) : t('settings.default')}
        </Typography.Text>
      </Space>
    </Form>
  );
}
