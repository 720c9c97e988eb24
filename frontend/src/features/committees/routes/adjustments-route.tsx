import { Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdjustmentStatus } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useAdjustments } from '../api/get-adjustments';
import { AdjustmentsTable } from '../components/adjustments-table';

const statuses: AdjustmentStatus[] = [
  'PROPOSED',
  'CONSULTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'COMPLETED',
];

/** 常务副主任调整: every proposal in scope, newest first. Proposals start on a team card. */
export function AdjustmentsRoute() {
  const { t } = useTranslation(['committees', 'common']);
  const mobile = useIsMobile();
  const [status, setStatus] = useState<AdjustmentStatus>();
  const list = useAdjustments(status ? { status } : {});
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card title={t('adjustments.title')} styles={mobile ? { body: { padding: 12 } } : undefined}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('adjustments.subtitle')}</Typography.Text>
        <Select<AdjustmentStatus>
          allowClear
          aria-label={t('adjustments.status')}
          placeholder={t('adjustments.allStatuses')}
          value={status}
          onChange={setStatus}
          options={statuses.map((s) => ({ value: s, label: t(`adjustmentStatus.${s}`) }))}
          style={{ width: mobile ? '100%' : 200 }}
        />
        <ProblemAlert error={list.error} />
        <AdjustmentsTable rows={rows} loading={list.isPending} mobile={mobile} />
        {list.hasNextPage && (
          <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
