import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '@/api/types';

const colors: Record<TeamStatus, string> = {
  COMPLETE: 'success',
  INCOMPLETE: 'warning',
  EMPTY: 'error',
  NO_TEMPLATE: 'default',
};

/** 完整 / 不完整 / 空缺 / 无模板 */
export function TeamStatusTag({ status }: { status: TeamStatus }) {
  const { t } = useTranslation('committees');
  return <Tag color={colors[status]}>{t(`teamStatus.${status}`)}</Tag>;
}
