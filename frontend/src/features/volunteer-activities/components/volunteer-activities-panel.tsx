import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetail } from '@/api/types';
import { LinkButton } from '@/components/link-button';
import { ProblemAlert } from '@/components/problem-alert';
import type { Activity } from '../api/types';
import { useDeleteActivity } from '../api/delete-activity';
import { useVolunteerActivities } from '../api/get-volunteer-activities';
import { ActivityList } from './activity-list';
import { ActivityModal } from './activity-modal';
import { DeleteButton } from './delete-button';

/** 活动记录 of one person; a modal to add one on a desktop, the phone page on a phone. */
export function VolunteerActivitiesPanel({
  volunteer,
  canWrite,
  mobile,
}: {
  volunteer: VolunteerDetail;
  canWrite: boolean;
  mobile: boolean;
}) {
  const { t } = useTranslation('activities');
  const list = useVolunteerActivities(volunteer.id);
  const remove = useDeleteActivity();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Activity | null>(null);
  // Withdrawn and deceased people get no new activities (the server says so too).
  const open = volunteer.status !== 'WITHDRAWN' && volunteer.status !== 'DECEASED';

  return (
    <Flex vertical gap={12}>
      {canWrite &&
        open &&
        (mobile ? (
          <LinkButton
            to={`/activities/new?volunteerId=${volunteer.id}`}
            type="primary"
            size="large"
            block
            icon={<PlusOutlined />}
          >
            {t('action.add')}
          </LinkButton>
        ) : (
          <div>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('action.add')}
            </Button>
          </div>
        ))}
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : (
        <ActivityList
          activities={list.data.pages.flatMap((p) => p.items)}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          actions={
            canWrite
              ? (a) => (
                  <Flex gap={4}>
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('action.edit')}
                      onClick={() => setEditing(a)}
                    />
                    <DeleteButton title={t('confirm.delete')} onDelete={() => remove.mutateAsync(a.id)} />
                  </Flex>
                )
              : undefined
          }
        />
      )}
      {adding && <ActivityModal volunteer={volunteer} onClose={() => setAdding(false)} />}
      {editing && <ActivityModal volunteer={volunteer} activity={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
