import { LockOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Keycloak does not answer: say that signing in is what fails, and that open pages are unaffected. */
export function SignInUnavailableResult({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      icon={<LockOutlined />}
      title={t('result.signInUnavailableTitle')}
      subTitle={t('result.signInUnavailable')}
      extra={
        <Button type="primary" size="large" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      }
    />
  );
}
