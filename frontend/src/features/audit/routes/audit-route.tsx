import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { type AuditFilter, useAuditEvents } from '../api/get-audit-events';
import { AuditTable } from '../components/audit-table';

/** 操作日志 (district-admin). */
export function AuditRoute() {
  const { t } = useTranslation(['audit', 'common']);
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const typeQ = entityType;
  // 对象类型 in words: the choice is the record's type, the label what a clerk calls it.
  const types = Object.entries(t('entity', { returnObjects: true }) as Record<string, string>).map(
    ([value, label]) => ({
      value,
      label,
    }),
  );
  const idQ = useDebouncedValue(entityId.trim());
  const filter: AuditFilter = { ...(typeQ ? { entityType: typeQ } : {}), ...(idQ ? { entityId: idQ } : {}) };
  const events = useAuditEvents(filter);
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card title={t('title')}>
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('filter.entityType')}
            aria-label={t('filter.entityType')}
            options={types}
            value={entityType || undefined}
            onChange={(value?: string) => setEntityType(value ?? '')}
            style={{ width: 200 }}
          />
          <Input
            allowClear
            placeholder={t('filter.entityId')}
            aria-label={t('filter.entityId')}
            value={entityId}
            onChange={(e) => setEntityId(e.target.value)}
            style={{ width: 200 }}
          />
        </Flex>
        <ProblemAlert error={events.error} />
        <AuditTable events={rows} loading={events.isPending} />
        {events.hasNextPage && (
          <Button block loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {t('common:action.loadMore')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
