import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type {
  ActivityArea,
  CreateVolunteer,
  OrgUnitId,
  OrgUnitKind,
  OrgUnitRef,
  RetirementType,
  VolunteerCategory,
  VolunteerDetail,
  VolunteerPersonalData,
} from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/current-user';
import { applyFieldErrors } from '@/lib/form-errors';
import { useCreateVolunteer } from '../api/create-volunteer';
import { useUpdateVolunteer } from '../api/update-volunteer';
import { IdNumberItem } from './id-number-input';
import { areas, categories, retirementTypes } from './options';

interface Values {
  name: string;
  idNumber: string;
  phone?: string;
  address?: string;
  categories?: VolunteerCategory[];
  retirementType?: RetirementType;
  formerEmployer?: string;
  formerPost?: string;
  health?: string;
  unitId: OrgUnitId;
  activityAreas?: ActivityArea[];
}

const fields = [
  'name',
  'idNumber',
  'phone',
  'address',
  'categories',
  'retirementType',
  'formerEmployer',
  'formerPost',
  'health',
  'unitId',
  'activityAreas',
] as const;

/** A volunteer's home is a village, a community or a district department. */
const homeKinds: readonly OrgUnitKind[] = ['VILLAGE', 'COMMUNITY', 'DEPARTMENT'];

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function toBody(values: Values): Omit<CreateVolunteer, 'gender' | 'birthDate'> {
  return {
    unitId: values.unitId,
    name: values.name.trim(),
    idNumber: values.idNumber.trim().toUpperCase(),
    phone: blankToNull(values.phone),
    address: blankToNull(values.address),
    categories: values.categories ?? [],
    retirementType: values.retirementType ?? null,
    formerEmployer: blankToNull(values.formerEmployer),
    formerPost: blankToNull(values.formerPost),
    health: blankToNull(values.health),
    activityAreas: values.activityAreas ?? [],
  };
}

/** The server's 400 on birthDate: a person under 50 needs an explicit confirmation. */
function youngConfirmation(error: unknown): string | undefined {
  if (!isApiError(error, 400)) return undefined;
  return error.problem.errors?.find((e) => e.field.split('.').pop() === 'birthDate')?.message;
}

interface Props {
  /** Edit mode: the record (masked) and its full personal data. */
  existing?: { volunteer: VolunteerDetail; personal: VolunteerPersonalData };
  mobile: boolean;
}

/** 新增五老 / 编辑: one form for both; server field errors land on their fields. */
export function VolunteerForm({ existing, mobile }: Props) {
  const { t } = useTranslation(['volunteers', 'common']);
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const create = useCreateVolunteer();
  const update = useUpdateVolunteer();

  const v = existing?.volunteer;
  const p = existing?.personal;
  const ownUnit: OrgUnitRef | undefined = me.unit && homeKinds.includes(me.unit.kind) ? me.unit : undefined;
  const currentUnit = v?.unit ?? ownUnit;
  const initialValues: Partial<Values> = v
    ? {
        name: v.name,
        idNumber: p?.idNumber,
        phone: p?.phone ?? undefined,
        address: p?.address ?? undefined,
        categories: v.categories,
        retirementType: v.retirementType ?? undefined,
        formerEmployer: v.formerEmployer ?? undefined,
        formerPost: v.formerPost ?? undefined,
        health: p?.health ?? undefined,
        unitId: v.unit.id,
        activityAreas: v.activityAreas,
      }
    : { unitId: ownUnit?.id, categories: [], activityAreas: [] };

  async function save(values: Values, confirmYoung: boolean) {
    setError(null);
    setSubmitting(true);
    try {
      const body = { ...toBody(values), ...(confirmYoung ? { confirmYoung: true } : {}) };
      const saved = v
        ? await update.mutateAsync({ id: v.id, body: { ...body, version: v.version } })
        : await create.mutateAsync(body);
      void message.success(v ? t('form.saved') : t('form.created', { name: saved.name }));
      void navigate(v ? `/volunteers/${saved.id}` : '/volunteers');
    } catch (e) {
      const young = confirmYoung ? undefined : youngConfirmation(e);
      if (young) {
        modal.confirm({
          title: t('form.youngTitle'),
          content: young,
          okText: t('form.youngOk'),
          cancelText: t('common:action.cancel'),
          onOk: () => save(values, true),
        });
      } else if (!applyFieldErrors(form, e, fields)) {
        setError(e);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const large = { style: { fontSize: 16 } };
  const col = { xs: 24, md: 12 };

  return (
    <Card title={v ? t('form.editTitle') : t('form.createTitle')} styles={{ body: { paddingBottom: 0 } }}>
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        initialValues={initialValues}
        onFinish={(values) => void save(values, false)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col {...col}>
            <Form.Item
              name="name"
              label={t('field.name')}
              rules={[{ required: true, whitespace: true, max: 50 }]}
            >
              <Input autoComplete="off" {...large} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <IdNumberItem form={form} large />
          </Col>
          <Col {...col}>
            <Form.Item name="phone" label={t('field.phone')} rules={[{ max: 20 }]}>
              <Input autoComplete="off" inputMode="tel" {...large} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              name="unitId"
              label={t('field.unit')}
              rules={[{ required: true }]}
              tooltip={t('form.unitKinds')}
            >
              <OrgUnitPicker current={currentUnit} disabled={(unit) => !homeKinds.includes(unit.kind)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('field.address')} rules={[{ max: 200 }]}>
              <Input autoComplete="off" {...large} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="categories" label={t('field.categories')}>
              <Checkbox.Group
                options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                style={{ fontSize: 16, rowGap: 8 }}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item name="retirementType" label={t('field.retirementType')}>
              <Select
                allowClear
                options={retirementTypes.map((r) => ({ value: r, label: t(`retirement.${r}`) }))}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item name="health" label={t('field.health')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" {...large} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item name="formerEmployer" label={t('field.formerEmployer')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" {...large} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item name="formerPost" label={t('field.formerPost')} rules={[{ max: 100 }]}>
              <Input autoComplete="off" {...large} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="activityAreas" label={t('field.activityAreas')}>
              <Checkbox.Group
                options={areas.map((a) => ({ value: a, label: t(`area.${a}`) }))}
                style={{ fontSize: 16, rowGap: 8 }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Flex
          gap={8}
          justify="flex-end"
          style={
            mobile
              ? {
                  position: 'sticky',
                  bottom: 0,
                  zIndex: 10,
                  background: 'var(--ant-color-bg-container, #fff)',
                  padding: '12px 0',
                }
              : { paddingBottom: 24 }
          }
        >
          {!mobile && (
            <Button onClick={() => void navigate(v ? `/volunteers/${v.id}` : '/volunteers')}>
              {t('common:action.cancel')}
            </Button>
          )}
          <Button
            type="primary"
            htmlType="submit"
            loading={submitting}
            block={mobile}
            style={mobile ? { height: 52, fontSize: 18 } : undefined}
          >
            {t('common:action.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
