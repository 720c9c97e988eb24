import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Progress,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { applyFieldErrors } from '@/lib/form-errors';
import { useTrainingTypes } from '../api/get-training-types';
import { useSaveTrainingPlan, useTrainingPlans } from '../api/training-plans';
import type { TrainingPlan } from '../api/types';
import { useTypeName } from './tags';

const fields = ['typeCode', 'target', 'note'] as const;
const months = Array.from({ length: 12 }, (_, i) => i);

type Editing = { plan?: TrainingPlan } | null;

/**
 * 年度培训计划: the caller's unit's plan for a year, one line per type — held of the target with a bar and the
 * sessions held per month (sessions the unit organised itself). Planners set a type's target or change it.
 */
export function YearPlanCard({
  year,
  years,
  onYear,
  canPlan,
  unitId,
}: {
  year: number;
  years: number[];
  onYear: (year: number) => void;
  canPlan: boolean;
  unitId?: number;
}) {
  const { t } = useTranslation('trainings');
  const plans = useTrainingPlans(unitId, year);
  const typeName = useTypeName();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <Card
      size="small"
      title={t('plan.title', { year })}
      extra={
        <Flex gap={8} align="center">
          <Select
            aria-label={t('plan.year')}
            value={year}
            onChange={onYear}
            options={years.map((y) => ({ value: y, label: t('plan.yearOption', { year: y }) }))}
            style={{ width: 110 }}
          />
          {canPlan && unitId !== undefined && (
            <Button type="primary" onClick={() => setEditing({})}>
              {t('plan.add')}
            </Button>
          )}
        </Flex>
      }
    >
      {plans.error ? (
        <ProblemAlert error={plans.error} />
      ) : plans.isPending ? (
        <Typography.Text type="secondary">{t('plan.loading')}</Typography.Text>
      ) : plans.data.length === 0 ? (
        <Typography.Text type="secondary">{t('plan.none', { year })}</Typography.Text>
      ) : (
        <List
          aria-label={t('plan.title', { year })}
          dataSource={plans.data}
          renderItem={(p) => (
            <List.Item aria-label={typeName(p.type)}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Typography.Text strong>{typeName(p.type)}</Typography.Text>
                  <Flex gap={8} align="center">
                    <span data-testid={`plan-${p.type.code}`}>
                      {t('plan.progress', { held: p.held, target: p.target })}
                      {p.scheduled > 0 ? ` · ${t('plan.scheduled', { count: p.scheduled })}` : ''}
                    </span>
                    {p.editable && (
                      <Button
                        size="small"
                        aria-label={`${t('plan.edit')} ${typeName(p.type)}`}
                        onClick={() => setEditing({ plan: p })}
                      >
                        {t('plan.edit')}
                      </Button>
                    )}
                  </Flex>
                </Flex>
                <Progress
                  percent={Math.min(100, Math.round((p.progress ?? 0) * 100))}
                  aria-label={t('plan.progress', { held: p.held, target: p.target })}
                  size="small"
                />
                <Flex gap={2} wrap aria-label={t('plan.byMonth')} role="group" style={{ fontSize: 12 }}>
                  {months.map((m) => (
                    <span
                      key={m}
                      title={t('plan.month', { month: m + 1, count: p.heldByMonth[m] ?? 0 })}
                      style={{
                        minWidth: 36,
                        padding: '0 2px',
                        textAlign: 'center',
                        borderRadius: 4,
                        background: (p.heldByMonth[m] ?? 0) > 0 ? '#d9f7be' : '#f5f5f5',
                        color: '#262626',
                      }}
                    >
                      {t('plan.monthShort', { month: m + 1 })} {p.heldByMonth[m] ?? 0}
                    </span>
                  ))}
                </Flex>
                {p.note && <Typography.Text type="secondary">{p.note}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && (
        <PlanModal
          year={year}
          unitId={unitId}
          plan={editing.plan}
          taken={(plans.data ?? []).map((p) => p.type.code)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function PlanModal({
  year,
  unitId,
  plan,
  taken,
  onClose,
}: {
  year: number;
  unitId?: number;
  plan?: TrainingPlan;
  taken: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('trainings');
  const [form] = Form.useForm<{ typeCode: string; target: number; note?: string }>();
  const types = useTrainingTypes();
  const typeName = useTypeName();
  const save = useSaveTrainingPlan();
  const [error, setError] = useState<unknown>(null);

  const submit = (v: { typeCode: string; target: number; note?: string }) => {
    setError(null);
    const done = {
      onSuccess: onClose,
      onError: (e: unknown) => {
        if (!applyFieldErrors(form, e, fields)) setError(e);
      },
    };
    if (plan) {
      save.mutate(
        {
          id: plan.id,
          body: { target: v.target, note: v.note?.trim() ? v.note.trim() : null, version: plan.version },
        },
        done,
      );
    } else if (unitId !== undefined) {
      save.mutate(
        {
          body: {
            unitId,
            year,
            typeCode: v.typeCode,
            target: v.target,
            note: v.note?.trim() ? v.note.trim() : null,
          },
        },
        done,
      );
    }
  };

  return (
    <Modal
      open
      title={plan ? `${t('plan.edit')} · ${typeName(plan.type)}` : t('plan.add')}
      onCancel={onClose}
      okText={t('plan.save')}
      okButtonProps={{ loading: save.isPending, htmlType: 'submit', form: 'training-plan' }}
    >
      <ProblemAlert error={error} />
      <Form
        id="training-plan"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ typeCode: plan?.type.code, target: plan?.target ?? 12, note: plan?.note ?? '' }}
      >
        <Form.Item
          name="typeCode"
          label={t('form.type')}
          rules={[{ required: true, message: t('plan.typeRequired') }]}
        >
          <Select
            disabled={!!plan}
            options={(types.data ?? []).map((ty) => ({
              value: ty.code,
              label: typeName(ty),
              disabled: !plan && taken.includes(ty.code),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('plan.target')}
          rules={[{ required: true, type: 'integer', min: 1, max: 366, message: t('plan.targetRange') }]}
        >
          <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('plan.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
