import { DisconnectOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function NetworkErrorResult({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      icon={<DisconnectOutlined />}
      title={t('result.networkTitle')}
      subTitle={t('result.network')}
      extra={
        <Button type="primary" size="large" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      }
    />
  );
}
