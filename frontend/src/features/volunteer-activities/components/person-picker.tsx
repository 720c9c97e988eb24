import { RightOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Skeleton, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, VolunteerSummary } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useVolunteers, volunteersQueryOptions } from '@/features/volunteers/api/get-volunteers';

export type PickedPerson = Pick<VolunteerSummary, 'id' | 'name'>;

/**
 * The people of one unit as a big list, narrowed by name. While the whole unit fits in the first
 * 200, the narrowing happens on the phone and nothing typed leaves it; a unit with more people is
 * searched on the server (the name in a POST body, never in a URL), so that nobody is reported
 * missing only because they were not loaded yet.
 */
export function PersonPicker({
  unitId,
  onPick,
}: {
  unitId: OrgUnitId;
  onPick: (person: PickedPerson) => void;
}) {
  const { t } = useTranslation('activities');
  const list = useVolunteers({ unitId }, 200);
  const [text, setText] = useState('');
  const wanted = useDebouncedValue(text.trim());
  const onServer = !!wanted && !!list.hasNextPage;
  const found = useInfiniteQuery({ ...volunteersQueryOptions({ unitId, q: wanted }, 50), enabled: onServer });
  const shown = onServer ? found : list;

  const people = useMemo(() => {
    const typed = text.trim();
    return (shown.data?.pages.flatMap((p) => p.items) ?? [])
      .filter((v) => v.status !== 'WITHDRAWN' && v.status !== 'DECEASED')
      .filter((v) => !typed || v.name.includes(typed));
  }, [shown.data, text]);

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <ProblemAlert error={list.error} />;
  if (onServer && found.isError) return <ProblemAlert error={found.error} />;

  return (
    <Flex vertical gap={12}>
      <Input
        type="search"
        size="large"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('placeholder.search')}
        aria-label={t('placeholder.search')}
        style={{ fontSize: 18 }}
      />
      {onServer && found.isPending ? (
        <Skeleton active />
      ) : people.length === 0 ? (
        <Empty description={text.trim() ? t('log.noMatch') : t('log.noPeople')} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={t('log.pickPerson')}>
          {people.map((v) => (
            <Button
              key={v.id}
              role="listitem"
              aria-label={v.name}
              block
              onClick={() => onPick({ id: v.id, name: v.name })}
              style={{ height: 64, justifyContent: 'space-between', paddingInline: 16 }}
            >
              <Flex vertical align="flex-start" style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ fontSize: 20 }}>
                  {v.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  {v.unit.name} · {v.age}
                </Typography.Text>
              </Flex>
              <RightOutlined />
            </Button>
          ))}
        </Flex>
      )}
      {shown.hasNextPage && (
        <Button
          block
          size="large"
          onClick={() => void shown.fetchNextPage()}
          loading={shown.isFetchingNextPage}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
