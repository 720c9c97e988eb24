import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clientConfigQueryOptions } from '../api/get-client-config';

/** Warns that the data is invented (GGW_DEMO_DATA): dark text on amber, ≥ 4.5:1 (styles.css). */
export function DemoDataTag() {
  const { t } = useTranslation();
  const { data } = useQuery(clientConfigQueryOptions);
  if (!data?.demoData) return null;
  return <span className="ggw-demo-tag">{t('app.demoData')}</span>;
}
