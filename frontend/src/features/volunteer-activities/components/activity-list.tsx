import { Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../api/types';
import { hoursText } from './options';

/** Activities newest first: date, area, hours and young people, place, what was done. */
export function ActivityList({
  activities,
  showPerson,
  actions,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  activities: Activity[];
  showPerson?: boolean;
  actions?: (activity: Activity) => ReactNode;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useTranslation('activities');
  if (activities.length === 0) return <Empty description={t('list.empty')} />;
  return (
    <>
      <List
        dataSource={activities}
        rowKey="id"
        renderItem={(a) => (
          <List.Item
            actions={actions ? [actions(a)] : undefined}
            aria-label={`${a.date} ${t(`area.${a.area}`)}`}
          >
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{a.date}</Typography.Text>
                <Tag color="blue">{t(`area.${a.area}`)}</Tag>
                {showPerson &&
                  (a.volunteer.name ? (
                    <Link to={`/volunteers/${a.volunteer.id}`}>{a.volunteer.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t('list.someoneElse')}</Typography.Text>
                  ))}
              </Flex>
              <Typography.Text type="secondary">
                {t('list.entry', { hours: hoursText(a.hours), youth: a.youthReached })} · {a.unit.name}
              </Typography.Text>
              <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>
                {a.description}
              </Typography.Paragraph>
            </Flex>
          </List.Item>
        )}
      />
      {hasMore && (
        <Button block onClick={onLoadMore} loading={loadingMore}>
          {t('action.loadMore')}
        </Button>
      )}
    </>
  );
}
