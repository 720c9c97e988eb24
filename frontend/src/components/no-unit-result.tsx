import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The account exists but is not attached to an (active) unit, so there is nothing to show. */
export function NoUnitResult() {
  const { t } = useTranslation();
  return <Result status="info" title={t('result.noUnitTitle')} subTitle={t('result.noUnit')} />;
}
