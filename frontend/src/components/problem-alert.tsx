import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemText } from '@/lib/api-error';

/** A failed call's message for people: the server's localised detail, or a generic text. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = isNetworkError(error) ? t('error.network') : (problemText(error) ?? t('error.generic'));
  return <Alert type="error" showIcon title={text} role="alert" style={{ marginBottom: 16 }} />;
}
