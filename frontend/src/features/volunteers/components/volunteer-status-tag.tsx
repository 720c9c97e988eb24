import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerStatus } from '@/api/types';

const colors: Record<VolunteerStatus, string> = {
  REGISTERED: 'blue',
  CONTACTED: 'cyan',
  ACTIVE: 'success',
  INACTIVE: 'warning',
  WITHDRAWN: 'default',
  DECEASED: 'default',
};

export function VolunteerStatusTag({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation('volunteers');
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>;
}
