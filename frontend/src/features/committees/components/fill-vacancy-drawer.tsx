import {
  App,
  Button,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Radio,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vacancy, VacancyCandidate } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useFillVacancy } from '../api/fill-vacancy';
import { useVacancyCandidates } from '../api/get-vacancy-candidates';

/** One suggested person: status, age, categories and home unit — never an ID number or phone. */
function CandidateLine({ c }: { c: VacancyCandidate }) {
  const { t } = useTranslation(['committees', 'volunteers']);
  return (
    <Flex vertical gap={2}>
      <Space size={6} wrap>
        <Typography.Text strong>{c.name}</Typography.Text>
        {c.sameUnit && <Tag color="blue">{t('fill.sameUnit')}</Tag>}
        <Tag>{t(`volunteers:status.${c.status}`)}</Tag>
      </Space>
      <Typography.Text type="secondary">
        {[
          t(`volunteers:gender.${c.gender}`),
          t('fill.age', { age: c.age }),
          c.categories.map((cat) => t(`volunteers:category.${cat}`)).join('、'),
          c.unit.name,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

/** 补充: pick one of the suggested people and a start date; the vacancy goes at once. */
export function FillVacancyDrawer({ vacancy, onClose }: { vacancy: Vacancy; onClose: () => void }) {
  const { t } = useTranslation(['committees', 'common']);
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const candidates = useVacancyCandidates(vacancy.unit.id, vacancy.role);
  const fill = useFillVacancy();
  const [picked, setPicked] = useState<number>();
  const [startedOn, setStartedOn] = useState<Dayjs>(dayjs());
  const [missing, setMissing] = useState(false);
  const role = t(`role.${vacancy.role}`);

  async function confirm() {
    if (!picked) {
      setMissing(true);
      return;
    }
    try {
      const appointment = await fill.mutateAsync({
        unitId: vacancy.unit.id,
        role: vacancy.role,
        slot: vacancy.slot,
        body: {
          volunteerId: picked,
          startedOn: startedOn.format('YYYY-MM-DD'),
          replacesAppointmentId: vacancy.previousAppointmentId,
        },
      });
      void message.success(t('fill.success', { name: appointment.volunteerName, role }));
      onClose();
    } catch {
      // Shown below from fill.error; the list has been refreshed.
    }
  }

  return (
    <Drawer
      open
      title={t('fill.title', { unit: vacancy.unit.name, role })}
      onClose={onClose}
      size={mobile ? '100%' : 520}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button size="large" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button size="large" type="primary" loading={fill.isPending} onClick={() => void confirm()}>
            {t('fill.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          {t('fill.vacancy', { days: vacancy.daysOpen, date: vacancy.vacantSince })}
        </Typography.Text>
        <ProblemAlert error={fill.error} />
        <Form layout="vertical" size="large">
          <Form.Item label={t('fill.startedOn')} required>
            <DatePicker
              value={startedOn}
              allowClear={false}
              onChange={(value) => value && setStartedOn(value)}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            label={t('fill.candidates')}
            extra={t('fill.candidatesHint')}
            required
            validateStatus={missing ? 'error' : undefined}
            help={missing ? t('fill.pick') : undefined}
          >
            {candidates.isPending ? (
              <Skeleton active />
            ) : candidates.error ? (
              <ProblemAlert error={candidates.error} />
            ) : candidates.data.length === 0 ? (
              <Empty description={t('fill.noCandidates')} />
            ) : (
              <Radio.Group
                value={picked}
                onChange={(e) => {
                  setPicked(e.target.value as number);
                  setMissing(false);
                }}
                aria-label={t('fill.candidates')}
                style={{ width: '100%' }}
              >
                <Flex vertical gap={8}>
                  {candidates.data.map((c) => (
                    <Radio key={c.volunteerId} value={c.volunteerId} aria-label={c.name}>
                      <CandidateLine c={c} />
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            )}
          </Form.Item>
        </Form>
      </Flex>
    </Drawer>
  );
}
