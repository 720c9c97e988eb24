import { Checkbox, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import type { OrgUnitKind } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { useCurrentUser } from '@/lib/current-user';

type BulletinRecipients = components['schemas']['BulletinRecipients'];
const kinds: OrgUnitKind[] = ['TOWNSHIP', 'STREET', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY'];
export type RecipientMode = 'ALL' | 'SUBTREE' | 'LIST';

/** The recipient fields' values inside a form. */
export interface RecipientValues {
  mode: RecipientMode;
  subtreeUnitId?: number;
  unitIds?: number[];
  kinds?: OrgUnitKind[];
}

/** What the API takes: a subtree (default the sender's) narrowed by kinds, or a list of units. */
export function recipientsOf(v: RecipientValues): BulletinRecipients {
  if (v.mode === 'LIST') return { unitIds: v.unitIds ?? [], subtreeUnitId: null, kinds: null };
  return {
    unitIds: null,
    subtreeUnitId: v.mode === 'SUBTREE' ? (v.subtreeUnitId ?? null) : null,
    kinds: v.kinds?.length ? v.kinds : null,
  };
}

/**
 * Who receives a 《情况反映》 bulletin (for any bulletin: a rule's, a booklet's): every unit below, a subtree, or a
 * list, optionally by kind. The unit picker offers only units the caller sees (the server searches within the
 * caller's scope); the sender's own unit is not a recipient, and the server checks again. Used inside a Form
 * whose initial values set `mode`.
 */
export function BulletinRecipientFields() {
  const { t } = useTranslation('rules');
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const form = Form.useFormInstance<RecipientValues>();
  const mode = Form.useWatch('mode', form) ?? 'ALL';
  const notSelf = (u: { id: number }) => u.id === me.unit?.id;
  return (
    <>
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
    </>
  );
}
