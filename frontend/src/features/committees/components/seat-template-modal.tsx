import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SeatRuleInput, SeatTemplate } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useUpdateSeatTemplate } from '../api/update-seat-template';
import { seatRoles } from './options';

/** The complete set of seats for one unit kind; a role left out is no longer required. */
export function SeatTemplateModal({ template, onClose }: { template: SeatTemplate; onClose: () => void }) {
  const { t } = useTranslation(['committees', 'common']);
  const { message } = App.useApp();
  const update = useUpdateSeatTemplate();
  return (
    <FormModal<{ seats: SeatRuleInput[] }>
      title={t('settings.editTemplate', { kind: t(`common:kind.${template.unitKind}`) })}
      fields={['seats']}
      initialValues={{ seats: template.seats }}
      onClose={onClose}
      onSubmit={async ({ seats }) => {
        await update.mutateAsync({
          unitKind: template.unitKind,
          seats: (seats ?? []).map((s) => ({
            role: s.role,
            minCount: s.minCount,
            maxCount: s.maxCount ?? null,
            maxAge: s.maxAge ?? null,
          })),
        });
        void message.success(t('settings.saved'));
      }}
    >
      <Form.List name="seats">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map(({ key, name }) => (
              <Flex key={key} gap={8} align="flex-start" wrap>
                <Form.Item
                  name={[name, 'role']}
                  rules={[{ required: true }]}
                  style={{ marginBottom: 0, width: 140 }}
                >
                  <Select
                    aria-label={t('settings.role')}
                    options={seatRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[name, 'minCount']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={0}
                    max={50}
                    placeholder={t('settings.minCount')}
                    aria-label={t('settings.minCount')}
                  />
                </Form.Item>
                <Form.Item name={[name, 'maxCount']} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={1}
                    max={50}
                    placeholder={t('settings.maxCount')}
                    aria-label={t('settings.maxCount')}
                  />
                </Form.Item>
                <Form.Item name={[name, 'maxAge']} style={{ marginBottom: 0 }}>
                  <InputNumber
                    min={40}
                    max={100}
                    placeholder={t('settings.maxAge')}
                    aria-label={t('settings.maxAge')}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(name)}
                  aria-label="remove"
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ minCount: 1, maxCount: null, maxAge: null })}
            >
              {t('settings.addSeat')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
