import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ForbiddenResult } from '@/components/forbidden-result';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useTraining } from '../api/get-training';
import { useUpdateTraining } from '../api/update-training';
import { SessionForm } from '../components/session-form';

/** /trainings/:id/edit — 修改培训: the fields the API lets change; the organiser stays. */
export function EditSessionRoute() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundResult />;
  return <EditSession id={id} />;
}

function EditSession({ id }: { id: number }) {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const session = useTraining(id);
  const update = useUpdateTraining();
  if (session.isPending) return <Card loading />;
  if (session.error) return <QueryErrorResult error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.permissions.edit) return <ForbiddenResult />;
  return (
    <Card
      title={t('edit.title', { title: session.data.summary.title })}
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <SessionForm
        key={session.data.version}
        session={session.data}
        submitText={t('edit.save')}
        pending={update.isPending}
        error={update.error}
        onSubmit={(body, onError) =>
          update.mutate({ id, body }, { onSuccess: () => void navigate(`/trainings/${id}`), onError })
        }
      />
    </Card>
  );
}
