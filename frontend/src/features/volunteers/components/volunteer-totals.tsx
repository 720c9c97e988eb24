import { Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, VolunteerStatus } from '@/api/types';
import { useVolunteerCounts } from '../api/get-volunteer-counts';

interface Props {
  unitId: OrgUnitId | undefined;
  status: VolunteerStatus | undefined;
  onStatus: (status: VolunteerStatus | undefined) => void;
}

/**
 * 在册 N 人 for the chosen unit and below, and the count of each status; a status narrows the list
 * (and a second tap widens it again).
 */
export function VolunteerTotals({ unitId, status, onStatus }: Props) {
  const { t } = useTranslation('volunteers');
  const counts = useVolunteerCounts(unitId);
  if (counts.isPending) return <Skeleton.Input active size="small" style={{ width: 240 }} />;
  if (!counts.data) return null;
  const { onRegister, byStatus, unit } = counts.data;
  return (
    <Flex vertical gap={6} data-testid="volunteer-totals">
      <Typography.Text>
        {t('totals.onRegister', {
          unit: unit.name,
          count: onRegister,
          formatted: onRegister.toLocaleString('zh-CN'),
        })}
      </Typography.Text>
      <Flex wrap gap={6} role="group" aria-label={t('filter.status')}>
        {byStatus
          .filter((entry) => entry.count > 0)
          .map((entry) => (
            <Tag.CheckableTag
              key={entry.status}
              checked={status === entry.status}
              onChange={(checked) => onStatus(checked ? entry.status : undefined)}
              style={{ minHeight: 32, display: 'inline-flex', alignItems: 'center' }}
            >
              {t(`status.${entry.status}`)} {entry.count.toLocaleString('zh-CN')}
            </Tag.CheckableTag>
          ))}
      </Flex>
    </Flex>
  );
}
