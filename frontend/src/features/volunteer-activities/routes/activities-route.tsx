import { PlusOutlined } from '@ant-design/icons';
import { Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useActivities } from '../api/get-activities';
import { ActivityList } from '../components/activity-list';
import { ActivitySummaryCard } from '../components/activity-summary-card';
import { activityWriterRoles } from '../components/volunteer-activity-sections';
import { isoDate } from '../components/options';

/** /activities — what the 五老 of the caller's scope have done: the figures, then the latest entries. */
export function ActivitiesRoute() {
  const { t } = useTranslation('activities');
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const from = range?.[0] ? isoDate(range[0]) : undefined;
  const to = range?.[1] ? isoDate(range[1]) : undefined;
  const list = useActivities({ from, to });
  const canWrite = activityWriterRoles.some((role) => me.roles.includes(role));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('overview')}
        </Typography.Title>
        {canWrite && (
          <LinkButton to="/activities/new" type="primary" size="large" icon={<PlusOutlined />}>
            {t('action.log')}
          </LinkButton>
        )}
      </Flex>
      <DatePicker.RangePicker
        value={range}
        onChange={(value) => setRange(value)}
        placeholder={[t('summary.from'), t('summary.to')]}
        style={{ maxWidth: 360 }}
      />
      <ActivitySummaryCard filters={{ from, to }} mobile={mobile} />
      <Card title={t('summary.recent')} size="small">
        {list.isPending ? (
          <Skeleton active />
        ) : list.isError ? (
          <ProblemAlert error={list.error} />
        ) : (
          <ActivityList
            showPerson
            activities={list.data.pages.flatMap((p) => p.items)}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        )}
      </Card>
    </Flex>
  );
}
