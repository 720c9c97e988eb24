import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '@/lib/form-errors';
import { ProblemAlert } from './problem-alert';

interface Props<Values> {
  title: ReactNode;
  /** Field names the server may name in problem+json `errors[].field`. */
  fields: readonly string[];
  initialValues?: Partial<Values>;
  okText?: ReactNode;
  danger?: boolean;
  onSubmit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}

/**
 * A modal form that submits to the API: server field errors land on their fields,
 * any other problem shows as an alert with the server's detail. Mount it only while open.
 */
export function FormModal<Values>({
  title,
  fields,
  initialValues,
  okText,
  danger,
  onSubmit,
  onClose,
  children,
}: Props<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function finish(values: Values) {
    setError(null);
    setSubmitting(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e, fields)) setError(e);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ danger, size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      confirmLoading={submitting}
      mask={{ closable: false }}
    >
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        initialValues={initialValues}
        onFinish={(values) => void finish(values)}
      >
        {typeof children === 'function' ? children(form) : children}
        {/* Enter in a text field submits. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
