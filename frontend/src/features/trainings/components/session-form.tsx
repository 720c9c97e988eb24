import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
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
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitRef } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { applyFieldErrors } from '@/lib/form-errors';
import { type StoredFile, uploadFile } from '@/lib/upload-file';
import { useTrainingTypes } from '../api/get-training-types';
import { usePreviewAudience } from '../api/preview-audience';
import type { AudienceRule, TrainingSessionDetail, TrainingSessionInput } from '../api/types';
import { PeopleList } from './people-list';
import { useTypeName } from './tags';

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
  'materialFileIds',
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
  syllabus?: { title: string; notes?: string | null }[];
  roles?: AudienceRule['roles'];
  unitKinds?: AudienceRule['unitKinds'];
  appointedSince?: Dayjs;
  withoutOnboarding?: boolean;
}

function ruleOf(v: Partial<Values>, base?: AudienceRule): AudienceRule {
  return {
    roles: v.roles ?? [],
    unitKinds: v.unitKinds ?? [],
    appointedSince: v.appointedSince?.format('YYYY-MM-DD') ?? null,
    withoutOnboarding: v.withoutOnboarding ?? false,
    includeOrganiser: base?.includeOrganiser ?? false,
  };
}

function initialOf(
  session: TrainingSessionDetail | undefined,
  organiser: OrgUnitRef | undefined,
): Partial<Values> {
  if (!session)
    return {
      organiserUnitId: organiser?.id,
      mode: 'CENTRAL',
      typeCode: 'BUSINESS',
      roles: ['EXECUTIVE_VICE_DIRECTOR'],
      unitKinds: ['VILLAGE'],
      syllabus: [{ title: '' }],
    };
  const s = session.summary;
  return {
    typeCode: s.type.code,
    title: s.title,
    organiserUnitId: s.organiser.id,
    dates: [dayjs(s.startsOn), dayjs(s.endsOn)],
    place: s.place ?? undefined,
    mode: s.mode,
    areas: session.areas,
    teachers: session.teachers,
    syllabus: session.syllabus.map((i) => ({ title: i.title, notes: i.notes })),
    roles: session.audience.roles,
    unitKinds: session.audience.unitKinds,
    appointedSince: session.audience.appointedSince ? dayjs(session.audience.appointedSince) : undefined,
    withoutOnboarding: session.audience.withoutOnboarding,
  };
}

interface Props {
  /** The session being changed; a new one when absent. */
  session?: TrainingSessionDetail;
  /** The organiser proposed for a new session (the caller's unit). */
  organiser?: OrgUnitRef;
  submitText: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: TrainingSessionInput, onError: (e: unknown) => void) => void;
}

/**
 * The planner's form (安排培训 and 修改培训): type, organiser (下管一级; fixed once saved), dates, place,
 * syllabus, teachers, materials (uploaded through the files API) and the audience rule with a live preview.
 */
export function SessionForm({ session, organiser, submitText, pending, error, onSubmit }: Props) {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const types = useTrainingTypes();
  const typeName = useTypeName();
  const preview = usePreviewAudience();
  const mode = Form.useWatch('mode', form);
  const organiserId =
    Form.useWatch('organiserUnitId', form) ?? session?.summary.organiser.id ?? organiser?.id;
  const [materials, setMaterials] = useState<StoredFile[]>(session?.materials ?? []);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<unknown>();

  const runPreview = () => {
    const v = form.getFieldsValue();
    preview.mutate({
      organiserUnitId: v.organiserUnitId ?? organiserId ?? 0,
      rule: ruleOf(v, session?.audience),
      asOf: v.dates?.[0]?.format('YYYY-MM-DD') ?? null,
    });
  };

  async function upload(file: File) {
    if (!organiserId) return;
    setUploading((n) => n + 1);
    setUploadError(undefined);
    try {
      const stored = await uploadFile(file, organiserId, 'ANY');
      setMaterials((list) => [...list, stored]);
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading((n) => n - 1);
    }
  }

  const submit = (v: Values) =>
    onSubmit(
      {
        typeCode: v.typeCode,
        title: v.title,
        organiserUnitId: v.organiserUnitId,
        startsOn: v.dates[0].format('YYYY-MM-DD'),
        endsOn: v.dates[1].format('YYYY-MM-DD'),
        place: v.place ?? null,
        mode: v.mode,
        areas: v.mode === 'BY_AREA' ? (v.areas ?? []) : [],
        teachers: v.teachers ?? [],
        syllabus: (v.syllabus ?? [])
          .filter((i) => i?.title?.trim())
          .map((i) => ({ title: i.title, notes: i.notes ?? null })),
        audience: ruleOf(v, session?.audience),
        audienceAsOf: session?.audienceAsOf ?? null,
        materialFileIds: materials.map((f) => f.id),
        version: session?.version ?? null,
      },
      (e) => applyFieldErrors(form, e, fields),
    );

  return (
    <>
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialOf(session, organiser)}
        style={{ maxWidth: 720 }}
      >
        <Form.Item
          name="typeCode"
          label={t('form.type')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            loading={types.isPending}
            options={(types.data ?? []).map((ty) => ({ value: ty.code, label: typeName(ty) }))}
            // until the types arrive the value is a bare code (BUSINESS): show nothing rather than the code
            labelRender={(item) => (types.data ? item.label : '')}
          />
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
          extra={session ? t('edit.organiserFixed') : undefined}
        >
          {session ? (
            <Select
              disabled
              options={[{ value: session.summary.organiser.id, label: session.summary.organiser.name }]}
            />
          ) : (
            <OrgUnitPicker
              current={organiser}
              disabled={(u) => u.kind === 'VILLAGE' || u.kind === 'COMMUNITY'}
            />
          )}
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
        <Typography.Text strong>{t('detail.materials')}</Typography.Text>
        <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
          <ProblemAlert error={uploadError} />
          {materials.length > 0 && (
            <List
              size="small"
              bordered
              aria-label={t('detail.materials')}
              dataSource={materials}
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <Button
                      key="remove"
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('edit.removeMaterial', { name: f.name })}
                      onClick={() => setMaterials((list) => list.filter((x) => x.id !== f.id))}
                    />,
                  ]}
                >
                  {f.name}
                </List.Item>
              )}
            />
          )}
          <Upload
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading > 0} disabled={!organiserId}>
              {t('edit.addMaterial')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('edit.materialHint')}</Typography.Text>
        </Flex>
        <Typography.Title level={5}>{t('form.audience')}</Typography.Title>
        {session && session.summary.status !== 'DRAFT' && (
          <Typography.Paragraph type="secondary">{t('edit.frozenHint')}</Typography.Paragraph>
        )}
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
              <PeopleList label={t('form.audience')} people={preview.data.people.slice(0, 50)} />
            </>
          )}
        </Flex>
        <Button type="primary" htmlType="submit" loading={pending} disabled={uploading > 0} block={mobile}>
          {submitText}
        </Button>
      </Form>
    </>
  );
}
