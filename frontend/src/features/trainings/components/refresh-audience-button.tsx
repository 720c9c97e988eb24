import { Button, Empty, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useRefreshAudience } from '../api/session-actions';
import type { Trainee } from '../api/types';
import { PeopleList } from './people-list';

/** 更新名单: evaluates the audience rule again and shows who was added and who dropped out. */
export function RefreshAudienceButton({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation('trainings');
  const refresh = useRefreshAudience();
  const [shown, setShown] = useState(false);
  const result = refresh.data;
  return (
    <>
      <Button
        loading={refresh.isPending}
        onClick={() => refresh.mutate(sessionId, { onSettled: () => setShown(true) })}
      >
        {t('detail.refresh')}
      </Button>
      <Modal open={shown} title={t('refresh.title')} footer={null} onCancel={() => setShown(false)}>
        <ProblemAlert error={refresh.error} />
        {result && (
          <>
            <Typography.Paragraph strong data-testid="refresh-summary">
              {t('refresh.summary', {
                added: result.added.length,
                dropped: result.dropped.length,
                required: result.required,
              })}
            </Typography.Paragraph>
            <People title={t('refresh.added')} people={result.added} />
            <People title={t('refresh.dropped')} people={result.dropped} />
          </>
        )}
      </Modal>
    </>
  );
}

function People({ title, people }: { title: string; people: Trainee[] }) {
  const { t } = useTranslation('trainings');
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      {people.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('refresh.none')} />
      ) : (
        <PeopleList label={title} people={people} />
      )}
    </>
  );
}
