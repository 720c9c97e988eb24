import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  List,
  Radio,
  Select,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { applyFieldErrors } from '@/lib/form-errors';
import { useCreateTraining } from '../api/create-training';
import { useTrainingTypes } from '../api/get-training-types';
import { usePreviewAudience } from '../api/preview-audience';
import type { AudienceRule, TrainingSessionInput } from '../api/types';
import { useTypeName } from '../components/tags';

const roles = [
  'DIRECTOR',
  'EXECUTIVE_VICE_DIRECTOR',
  'VICE_DIRECTOR',
  'SECRETARY_GENERAL',
  'MEMBER',
] as const;
const kinds = ['TOWNSHIP', 'STREET', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY'] as const;
const fields = [
  'typeCode',
  'title',
  'organiserUnitId',
  'startsOn',
  'endsOn',
  'place',
  'areas',
  'audience',
] as const;

interface Values {
  typeCode: string;
  title: string;
  organiserUnitId: number;
  dates: [Dayjs, Dayjs];
  place?: string;
  mode: 'CENTRAL' | 'BY_AREA';
  areas?: string[];
  teachers?: string[];
  syllabus?: { title: string }[];
  roles?: AudienceRule['roles'];
  unitKinds?: AudienceRule['unitKinds'];
  appointedSince?: Dayjs;
  withoutOnboarding?: boolean;
}

function ruleOf(v: Partial<Values>): AudienceRule {
  return {
    roles: v.roles ?? [],
    unitKinds: v.unitKinds ?? [],
    appointedSince: v.appointedSince?.format('YYYY-MM-DD') ?? null,
    withoutOnboarding: v.withoutOnboarding ?? false,
    includeOrganiser: false,
  };
}

/** 安排培训: type, organiser (下管一级), dates, place, syllabus, teachers and the audience rule with a live preview. */
export function NewSessionRoute() {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const types = useTrainingTypes();
  const typeName = useTypeName();
  const create = useCreateTraining();
  const preview = usePreviewAudience();
  const mode = Form.useWatch('mode', form);

  const runPreview = () => {
    const v = form.getFieldsValue();
    preview.mutate({
      organiserUnitId: v.organiserUnitId ?? me.unit?.id ?? 0,
      rule: ruleOf(v),
      asOf: v.dates?.[0]?.format('YYYY-MM-DD') ?? null,
    });
  };

  const submit = (v: Values) => {
    const body: TrainingSessionInput = {
      typeCode: v.typeCode,
      title: v.title,
      organiserUnitId: v.organiserUnitId,
      startsOn: v.dates[0].format('YYYY-MM-DD'),
      endsOn: v.dates[1].format('YYYY-MM-DD'),
      place: v.place ?? null,
      mode: v.mode,
      areas: v.areas ?? [],
      teachers: v.teachers ?? [],
      syllabus: (v.syllabus ?? [])
        .filter((i) => i?.title?.trim())
        .map((i) => ({ title: i.title, notes: null })),
      audience: ruleOf(v),
      audienceAsOf: null,
      materialFileIds: [],
      version: null,
    };
    create.mutate(body, {
      onSuccess: (d) => void navigate(`/trainings/${d.summary.id}`),
      onError: (e) => applyFieldErrors(form, e, fields),
    });
  };

  return (
    <Card title={t('form.title')} styles={mobile ? { body: { padding: 12 } } : undefined}>
      <ProblemAlert error={create.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          organiserUnitId: me.unit?.id,
          mode: 'CENTRAL',
          typeCode: 'BUSINESS',
          roles: ['EXECUTIVE_VICE_DIRECTOR'],
          unitKinds: ['VILLAGE'],
          syllabus: [{ title: '' }],
        }}
        style={{ maxWidth: 720 }}
      >
        <Form.Item
          name="typeCode"
          label={t('form.type')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select options={(types.data ?? []).map((ty) => ({ value: ty.code, label: typeName(ty) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('form.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="organiserUnitId"
          label={t('form.organiser')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <OrgUnitPicker
            current={me.unit ?? undefined}
            disabled={(u) => u.kind === 'VILLAGE' || u.kind === 'COMMUNITY'}
          />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('form.dates')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('form.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="mode" label={t('form.mode')}>
          <Radio.Group
            options={[
              { value: 'CENTRAL', label: t('mode.CENTRAL') },
              { value: 'BY_AREA', label: t('mode.BY_AREA') },
            ]}
          />
        </Form.Item>
        {mode === 'BY_AREA' && (
          <Form.Item
            name="areas"
            label={t('form.areas')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select mode="tags" open={false} />
          </Form.Item>
        )}
        <Form.Item name="teachers" label={t('form.teachers')}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Typography.Text strong>{t('form.syllabus')}</Typography.Text>
        <Form.List name="syllabus">
          {(items, { add, remove }) => (
            <Flex vertical gap={4} style={{ margin: '8px 0 16px' }}>
              {items.map((item, i) => (
                <Flex key={item.key} gap={8}>
                  <Form.Item name={[item.name, 'title']} noStyle>
                    <Input
                      aria-label={t('form.syllabusItem', { n: i + 1 })}
                      placeholder={t('form.syllabusItem', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(item.name)}>−</Button>
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add({ title: '' })}>
                {t('form.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('form.audience')}</Typography.Title>
        <Form.Item name="roles" label={t('form.roles')}>
          <Checkbox.Group options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="unitKinds" label={t('form.unitKinds')}>
          <Checkbox.Group options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="appointedSince" label={t('form.appointedSince')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="withoutOnboarding" label={t('form.withoutOnboarding')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Button onClick={runPreview} loading={preview.isPending}>
            {t('form.preview')}
          </Button>
          <ProblemAlert error={preview.error} />
          {preview.data && (
            <>
              <Typography.Text strong data-testid="preview-count">
                {t('form.previewCount', { count: preview.data.count })}
              </Typography.Text>
              <List
                size="small"
                bordered
                aria-label={t('form.audience')}
                dataSource={preview.data.people.slice(0, 50)}
                renderItem={(p) => (
                  <List.Item>
                    {p.name} · {p.unit.name}
                    {p.seatRole ? ` · ${t(`role.${p.seatRole}`)}` : ''}
                  </List.Item>
                )}
              />
            </>
          )}
        </Flex>
        <Button type="primary" htmlType="submit" loading={create.isPending} block={mobile}>
          {t('form.save')}
        </Button>
      </Form>
    </Card>
  );
}
