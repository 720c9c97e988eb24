import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function OrgUnitStatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Tag color={active ? 'success' : 'default'}>{t(active ? 'status.active' : 'status.inactive')}</Tag>;
}
