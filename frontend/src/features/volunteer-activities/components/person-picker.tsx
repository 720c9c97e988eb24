import { RightOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, VolunteerSummary } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useVolunteers } from '@/features/volunteers/api/get-volunteers';

export type PickedPerson = Pick<VolunteerSummary, 'id' | 'name'>;

/**
 * The people of one unit as a big list, narrowed by name on the phone itself: nothing typed
 * here leaves the device (no name, ID or phone fragments in URLs).
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

  const people = useMemo(() => {
    const wanted = text.trim();
    return (list.data?.pages.flatMap((p) => p.items) ?? [])
      .filter((v) => v.status !== 'WITHDRAWN' && v.status !== 'DECEASED')
      .filter((v) => !wanted || v.name.includes(wanted));
  }, [list.data, text]);

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <ProblemAlert error={list.error} />;

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
      {people.length === 0 ? (
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
      {list.hasNextPage && (
        <Button
          block
          size="large"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
