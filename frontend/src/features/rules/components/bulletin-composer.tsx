import { App, Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/current-user';
import { applyFieldErrors } from '@/lib/form-errors';
import { useSendBulletin } from '../api/bulletins';
import type { BulletinRecipients } from '../api/types';

const kinds: OrgUnitKind[] = ['TOWNSHIP', 'STREET', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY'];
type Mode = 'ALL' | 'SUBTREE' | 'LIST';

interface Values {
  title: string;
  text: string;
  mode: Mode;
  subtreeUnitId?: number;
  unitIds?: number[];
  kinds?: OrgUnitKind[];
}

/** What the API takes: a subtree (default the sender's) narrowed by kinds, or a list of units. */
export function recipientsOf(v: Values): BulletinRecipients {
  if (v.mode === 'LIST') return { unitIds: v.unitIds ?? [], subtreeUnitId: null, kinds: null };
  return {
    unitIds: null,
    subtreeUnitId: v.mode === 'SUBTREE' ? (v.subtreeUnitId ?? null) : null,
    kinds: v.kinds?.length ? v.kinds : null,
  };
}

/**
 * 印发《情况反映》: title, text and recipients. The unit picker offers only units the caller sees (the server
 * searches within the caller's scope); the sender's own unit is not a recipient, and the server checks again.
 */
export function BulletinComposer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('rules');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const send = useSendBulletin();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'ALL';
  const notSelf = (u: { id: number }) => u.id === me.unit?.id;

  function submit(values: Values) {
    const blocks = values.text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ type: 'PARAGRAPH' as const, text }));
    send.mutate(
      { title: values.title, body: { blocks }, recipients: recipientsOf(values), ruleVersionId: null },
      {
        onSuccess: (sent) => {
          void message.success(
            t('bulletins.sentOk', { label: sent.summary.issueLabel, count: sent.summary.recipients }),
          );
          onClose();
        },
        onError: (e) => applyFieldErrors(form, e, ['title', 'unitIds', 'subtreeUnitId', 'kinds']),
      },
    );
  }

  return (
    <Modal
      open
      title={t('bulletins.compose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('bulletins.send')}
      confirmLoading={send.isPending}
      width="min(640px, 100vw)"
    >
      <ProblemAlert error={send.error} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ALL' }}>
        <Form.Item
          name="title"
          label={t('bulletins.composeTitle')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('bulletins.composeBody')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="mode" label={t('recipients.title')}>
          <Radio.Group
            options={(['ALL', 'SUBTREE', 'LIST'] as const).map((m) => ({
              value: m,
              label: t(`recipients.${m}`),
            }))}
          />
        </Form.Item>
        {mode === 'SUBTREE' && (
          <Form.Item
            name="subtreeUnitId"
            label={t('recipients.subtree')}
            rules={[{ required: true, message: t('recipients.required') }]}
          >
            <OrgUnitPicker aria-label={t('recipients.subtree')} disabled={notSelf} />
          </Form.Item>
        )}
        {mode === 'LIST' ? (
          <Form.Item
            name="unitIds"
            label={t('recipients.units')}
            rules={[{ required: true, type: 'array', min: 1, message: t('recipients.required') }]}
          >
            <OrgUnitPicker multiple aria-label={t('recipients.units')} disabled={notSelf} />
          </Form.Item>
        ) : (
          <Form.Item name="kinds" label={t('bulletins.composeKinds')}>
            <Checkbox.Group options={kinds.map((k) => ({ value: k, label: tc(`kind.${k}`) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
