import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdjustmentStatus } from '@/api/types';

const colors: Record<AdjustmentStatus, string> = {
  PROPOSED: 'processing',
  CONSULTED: 'processing',
  APPROVED: 'warning',
  REJECTED: 'default',
  WITHDRAWN: 'default',
  COMPLETED: 'success',
};

export function AdjustmentStatusTag({ status }: { status: AdjustmentStatus }) {
  const { t } = useTranslation('committees');
  return <Tag color={colors[status]}>{t(`adjustmentStatus.${status}`)}</Tag>;
}
