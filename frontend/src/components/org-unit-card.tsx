import { Card, Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '@/api/types';
import { OrgUnitKindTag } from './org-unit-kind-tag';
import { OrgUnitStatusTag } from './org-unit-status-tag';

interface Props {
  unit: OrgUnitDetail;
  /** Above the title, e.g. breadcrumbs. */
  top?: ReactNode;
  /** Below the facts, e.g. the manager's actions. */
  footer?: ReactNode;
  compact?: boolean;
}

/** A unit's card: name, kind, status and key facts; readable at 390 px. */
export function OrgUnitCard({ unit, top, footer, compact }: Props) {
  const { t } = useTranslation(['hierarchy', 'common']);
  const format = (value?: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');
  const items: DescriptionsProps['items'] = [
    {
      key: 'code',
      label: t('field.code'),
      children: <Typography.Text copyable>{unit.code}</Typography.Text>,
    },
    { key: 'status', label: t('field.status'), children: <OrgUnitStatusTag active={unit.active} /> },
    { key: 'childCount', label: t('field.childCount'), children: unit.childCount },
  ];
  if (!compact) {
    items.push(
      { key: 'sortOrder', label: t('field.sortOrder'), children: unit.sortOrder },
      { key: 'updatedAt', label: t('field.updatedAt'), children: format(unit.updatedAt) },
    );
  }
  if (!unit.active) {
    items.push(
      { key: 'deactivatedAt', label: t('field.deactivatedAt'), children: format(unit.deactivatedAt) },
      {
        key: 'deactivationReason',
        label: t('field.deactivationReason'),
        children: unit.deactivationReason ?? '—',
      },
    );
  }

  return (
    <Card data-testid="org-unit-card">
      <Flex vertical gap={12}>
        {top}
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-all' }}>
            {unit.name}
          </Typography.Title>
          <OrgUnitKindTag kind={unit.kind} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />
        {footer && <div>{footer}</div>}
      </Flex>
    </Card>
  );
}
