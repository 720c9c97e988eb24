import {
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Radio,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  OrgUnitRef,
  Vacancy,
  VacancyCandidate,
  VolunteerCategory,
  VolunteerStatus,
  VolunteerSummary,
} from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { volunteersQueryOptions } from '@/features/volunteers/api/get-volunteers';
import { useFillVacancy } from '../api/fill-vacancy';
import { useVacancyCandidates } from '../api/get-vacancy-candidates';

/** What the drawer shows of a person, suggested or found: never an ID number or phone. */
interface Person {
  id: number;
  name: string;
  gender: VacancyCandidate['gender'];
  age: number;
  categories: VolunteerCategory[];
  unit: OrgUnitRef;
  status: VolunteerStatus;
  sameUnit?: boolean;
}

const fromCandidate = (c: VacancyCandidate): Person => ({ ...c, id: c.volunteerId });
const fromSummary = (v: VolunteerSummary): Person => ({ ...v });

/** Suggestions shown before anything is typed; the rest of the register is a search away. */
const SUGGESTED = 10;
/** People who could not take a seat at all (the server refuses them too). */
const gone: VolunteerStatus[] = ['WITHDRAWN', 'DECEASED'];

/** One person: status, age, categories and home unit. */
function PersonLine({ p }: { p: Person }) {
  const { t } = useTranslation(['committees', 'volunteers']);
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Space size={6} wrap>
        <Typography.Text strong>{p.name}</Typography.Text>
        {p.sameUnit && <Tag color="blue">{t('fill.sameUnit')}</Tag>}
        <Tag>{t(`volunteers:status.${p.status}`)}</Tag>
      </Space>
      <Typography.Text type="secondary">
        {[
          t(`volunteers:gender.${p.gender}`),
          t('fill.age', { age: p.age }),
          p.categories.map((cat) => t(`volunteers:category.${cat}`)).join('、'),
          p.unit.name,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The people to choose from: with nothing typed, the best suggestions for the seat; with a name, phone or ID
 * fragment typed, the register searched on the server (POST, so the fragment stays out of URLs) within the
 * seat's unit — its subtree for a township or the district, the caller's scope for a village's team — so
 * that nobody is missing only because they were not among the suggestions.
 */
function usePeople(vacancy: Vacancy, typed: string) {
  const candidates = useVacancyCandidates(vacancy.unit.id, vacancy.role);
  const village = vacancy.unit.kind === 'VILLAGE' || vacancy.unit.kind === 'COMMUNITY';
  const searching = typed.length > 0;
  const found = useInfiniteQuery({
    ...volunteersQueryOptions({ q: typed, ...(village ? {} : { unitId: vacancy.unit.id }) }, 20),
    enabled: searching,
  });
  if (!searching) {
    return {
      searching,
      query: candidates,
      people: (candidates.data ?? []).slice(0, SUGGESTED).map(fromCandidate),
      more: undefined,
    };
  }
  const people = (found.data?.pages.flatMap((page) => page.items) ?? [])
    .filter((v) => !gone.includes(v.status))
    .map(fromSummary);
  return { searching, query: found, people, more: found.hasNextPage ? found : undefined };
}

/**
 * 补充: find a person (suggested, or searched on the server by name, phone or ID number) and a start date;
 * the vacancy goes at once. The server checks the seat's rules (age, already seated, the unit's pool).
 */
export function FillVacancyDrawer({ vacancy, onClose }: { vacancy: Vacancy; onClose: () => void }) {
  const { t } = useTranslation(['committees', 'common']);
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [text, setText] = useState('');
  const typed = useDebouncedValue(text.trim());
  const { searching, query, people, more } = usePeople(vacancy, typed);
  const fill = useFillVacancy();
  const [picked, setPicked] = useState<Person>();
  const [startedOn, setStartedOn] = useState<Dayjs>(dayjs());
  const [missing, setMissing] = useState(false);
  const role = t(`role.${vacancy.role}`);
  // The chosen person stays chosen, and named, while another search runs.
  const pickedElsewhere = picked && !people.some((p) => p.id === picked.id);

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
          volunteerId: picked.id,
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

  let list;
  if (query.isPending) list = <Skeleton active />;
  else if (query.error) list = <ProblemAlert error={query.error} />;
  else if (people.length === 0)
    list = (
      <Typography.Paragraph type="secondary" role="status" style={{ margin: 0 }}>
        {searching ? t('fill.noMatch', { text: typed }) : t('fill.noCandidates')}
      </Typography.Paragraph>
    );
  else
    list = (
      <Radio.Group
        value={picked?.id}
        onChange={(e) => {
          setPicked(people.find((p) => p.id === e.target.value));
          setMissing(false);
        }}
        aria-label={t(searching ? 'fill.found' : 'fill.candidates')}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={12}>
          {people.map((p) => (
            <Radio key={p.id} value={p.id} aria-label={p.name} style={{ alignItems: 'flex-start' }}>
              <PersonLine p={p} />
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    );

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
            label={t(searching ? 'fill.found' : 'fill.candidates')}
            extra={searching ? undefined : t('fill.candidatesHint')}
            required
            validateStatus={missing ? 'error' : undefined}
            help={missing ? t('fill.pick') : undefined}
          >
            <Flex vertical gap={12}>
              <Input
                type="search"
                allowClear
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={t('fill.search')}
                aria-label={t('fill.search')}
              />
              {pickedElsewhere && (
                <Typography.Text strong data-testid="fill-picked">
                  {t('fill.picked', { name: picked.name })}
                </Typography.Text>
              )}
              {list}
              {more && (
                <Button block loading={more.isFetchingNextPage} onClick={() => void more.fetchNextPage()}>
                  {t('common:action.loadMore')}
                </Button>
              )}
            </Flex>
          </Form.Item>
        </Form>
      </Flex>
    </Drawer>
  );
}
