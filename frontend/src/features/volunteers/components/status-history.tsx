import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VolunteerId } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useVolunteerStatusHistory } from '../api/get-volunteer-status-history';

/** The mobilisation funnel of one person, oldest first. */
export function StatusHistory({ id }: { id: VolunteerId }) {
  const { t } = useTranslation('volunteers');
  const history = useVolunteerStatusHistory(id);

  let content;
  if (history.isPending) content = <Skeleton active />;
  else if (history.isError) content = <ProblemAlert error={history.error} />;
  else if (history.data.length === 0) content = <Empty description={t('detail.historyEmpty')} />;
  else
    content = (
      <Timeline
        items={history.data.map((step) => ({
          key: step.id,
          title: dayjs(step.changedAt).format('YYYY-MM-DD HH:mm'),
          content: (
            <>
              <div>
                {step.fromStatus
                  ? t('detail.historyEntry', {
                      from: t(`status.${step.fromStatus as typeof step.toStatus}`),
                      to: t(`status.${step.toStatus}`),
                    })
                  : t('detail.registered', { to: t(`status.${step.toStatus}`) })}
              </div>
              {step.note && <div>{step.note}</div>}
              <Typography.Text type="secondary">{step.changedBy}</Typography.Text>
            </>
          ),
        }))}
      />
    );

  return (
    <Card title={t('detail.history')} size="small">
      {content}
    </Card>
  );
}
