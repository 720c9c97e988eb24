import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './link-button';

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('result.forbiddenTitle')}
      subTitle={t('result.forbidden')}
      extra={
        <LinkButton to="/" type="primary">
          {t('action.backHome')}
        </LinkButton>
      }
    />
  );
}
