import { Form, Input, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { checkIdNumber } from '../lib/check-id-number';

/**
 * 身份证号, checked as the user types (GB 11643, like the server); a valid number shows the
 * birth date and gender it holds under the field.
 */
export function IdNumberItem({ form, large }: { form: FormInstance; large: boolean }) {
  const { t } = useTranslation('volunteers');
  const value = Form.useWatch<string | undefined>('idNumber', form);
  const checked = value ? checkIdNumber(value) : undefined;
  const rule: Rule = {
    validator: (_, raw: string | undefined) => {
      if (!raw) return Promise.resolve();
      const result = checkIdNumber(raw);
      return result.ok ? Promise.resolve() : Promise.reject(new Error(t(`idNumber.${result.problem}`)));
    },
  };

  return (
    <Form.Item
      name="idNumber"
      label={t('field.idNumber')}
      rules={[{ required: true, whitespace: true }, rule]}
      extra={
        checked?.ok ? (
          <span data-testid="id-number-derived">
            {t('form.idNumberDerived', {
              birthDate: checked.birthDate,
              gender: t(`gender.${checked.gender}`),
            })}
          </span>
        ) : undefined
      }
    >
      <Input
        autoComplete="off"
        maxLength={18}
        placeholder={t('form.idNumberPlaceholder')}
        style={large ? { fontSize: 16 } : undefined}
      />
    </Form.Item>
  );
}
