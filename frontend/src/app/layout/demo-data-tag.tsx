import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { clientConfigQueryOptions } from '../api/get-client-config';

/** Warns that the data is invented (GGW_DEMO_DATA). */
export function DemoDataTag() {
  const { t } = useTranslation();
  const { data } = useQuery(clientConfigQueryOptions);
  if (!data?.demoData) return null;
  return (
    <Tag color="warning" variant="solid" style={{ marginInlineEnd: 0 }}>
      {t('app.demoData')}
    </Tag>
  );
}
