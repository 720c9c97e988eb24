import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ActivityArea, OrgUnitId, VolunteerDetail } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useCreateActivity } from '../api/create-activity';
import type { Activity } from '../api/types';
import { useUpdateActivity } from '../api/update-activity';
import { areas, isoDate, outsideAllowedDates } from './options';

interface Values {
  date: Dayjs;
  area: ActivityArea;
  hours: number;
  youthReached: number;
  unitId: OrgUnitId;
  description: string;
}

const fields = ['date', 'area', 'hours', 'youthReached', 'unitId', 'description'] as const;

/**
 * 记一条活动 (or, given an activity, its correction) on a desktop: every field on one form,
 * server errors on their fields; a stale version shows the server's reason above the form.
 */
export function ActivityModal({
  volunteer,
  activity,
  onClose,
}: {
  volunteer: VolunteerDetail;
  activity?: Activity;
  onClose: () => void;
}) {
  const { t } = useTranslation('activities');
  const { message } = App.useApp();
  const create = useCreateActivity();
  const update = useUpdateActivity();

  return (
    <FormModal<Values>
      title={activity ? t('action.edit') : t('action.add')}
      fields={fields}
      initialValues={
        activity
          ? {
              date: dayjs(activity.date),
              area: activity.area,
              hours: activity.hours,
              youthReached: activity.youthReached,
              unitId: activity.unit.id,
              description: activity.description,
            }
          : { date: dayjs(), hours: 1, youthReached: 0, unitId: volunteer.unit.id }
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const body = {
          date: isoDate(values.date),
          area: values.area,
          hours: values.hours,
          youthReached: values.youthReached,
          unitId: values.unitId,
          description: values.description.trim(),
        };
        if (activity)
          await update.mutateAsync({ activityId: activity.id, body: { ...body, version: activity.version } });
        else await create.mutateAsync({ volunteerId: volunteer.id, body });
        void message.success(t('message.saved'));
      }}
    >
      <Form.Item name="date" label={t('field.date')} rules={[{ required: true }]}>
        <DatePicker disabledDate={outsideAllowedDates} style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="area" label={t('field.area')} rules={[{ required: true }]}>
        <Select options={areas.map((a) => ({ value: a, label: t(`area.${a}`) }))} />
      </Form.Item>
      <Form.Item name="hours" label={t('field.hours')} rules={[{ required: true }]}>
        <InputNumber min={0.1} max={24} step={0.5} precision={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="youthReached" label={t('field.youthReached')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100000} step={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="unitId" label={t('field.unit')} rules={[{ required: true }]}>
        <OrgUnitPicker current={activity?.unit ?? volunteer.unit} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('field.description')}
        rules={[{ required: true, whitespace: true }, { max: 500 }]}
      >
        <Input.TextArea rows={3} showCount maxLength={500} placeholder={t('placeholder.description')} />
      </Form.Item>
    </FormModal>
  );
}
