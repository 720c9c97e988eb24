import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function UnexpectedErrorResult({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('result.errorTitle')}
      subTitle={detail ?? t('result.error')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('action.retry')}
        </Button>
      }
    />
  );
}
