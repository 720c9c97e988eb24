import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityArea, VolunteerId } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { applyFieldErrors } from '@/lib/form-errors';
import { useCreateActivity } from '../api/create-activity';
import type { Activity } from '../api/types';
import { AreaButtons } from './area-buttons';
import { NumberStepper } from './number-stepper';
import { isoDate, outsideAllowedDates } from './options';

interface Values {
  area: ActivityArea;
  date: Dayjs;
  hours: number;
  youthReached: number;
  description: string;
}

const fields = ['area', 'date', 'hours', 'youthReached', 'description'] as const;

/** The few taps of logging an activity: area, date (today), hours, young people, a sentence. */
export function QuickActivityForm({
  volunteerId,
  onSaved,
}: {
  volunteerId: VolunteerId;
  onSaved: (activity: Activity) => void;
}) {
  const { t } = useTranslation('activities');
  const [form] = Form.useForm<Values>();
  const create = useCreateActivity();
  const [error, setError] = useState<unknown>(null);

  async function finish(values: Values) {
    setError(null);
    try {
      const saved = await create.mutateAsync({
        volunteerId,
        body: {
          area: values.area,
          date: isoDate(values.date),
          hours: values.hours,
          youthReached: values.youthReached,
          description: values.description.trim(),
        },
      });
      onSaved(saved);
    } catch (e) {
      if (!applyFieldErrors(form, e, fields)) setError(e);
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      initialValues={{ date: dayjs(), hours: 1, youthReached: 0 }}
      onFinish={(values) => void finish(values)}
    >
      <ProblemAlert error={error} />
      <Form.Item
        name="area"
        label={t('field.area')}
        rules={[{ required: true, message: t('log.chooseArea') }]}
      >
        <AreaButtons />
      </Form.Item>
      <Form.Item name="date" label={t('field.date')} rules={[{ required: true }]}>
        <DatePicker
          disabledDate={outsideAllowedDates}
          allowClear={false}
          inputReadOnly
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="hours" label={t('field.hours')} rules={[{ required: true }]}>
        <NumberStepper min={0.5} max={24} step={0.5} precision={1} />
      </Form.Item>
      <Form.Item name="youthReached" label={t('field.youthReached')} rules={[{ required: true }]}>
        <NumberStepper min={0} max={100000} step={1} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('field.description')}
        rules={[{ required: true, whitespace: true }, { max: 500 }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('placeholder.description')}
          style={{ fontSize: 17 }}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={create.isPending}
        style={{ height: 56, fontSize: 18 }}
      >
        {t('action.save')}
      </Button>
    </Form>
  );
}
