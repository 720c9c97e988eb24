import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExemplarStatus } from '../api/types';

const colors: Record<ExemplarStatus, string> = {
  SUBMITTED: 'gold',
  FORWARDED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
  REJECTED: 'default',
};

export function StatusTag({ status }: { status: ExemplarStatus }) {
  const { t } = useTranslation('exemplars');
  return <Tag color={colors[status]}>{t(`status.${status}`)}</Tag>;
}
