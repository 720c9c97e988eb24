import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useCreateTraining } from '../api/create-training';
import { SessionForm } from '../components/session-form';

/** 安排培训: a new session, saved as a draft (its audience previewed, not yet frozen). */
export function NewSessionRoute() {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreateTraining();
  return (
    <Card title={t('form.title')} styles={mobile ? { body: { padding: 12 } } : undefined}>
      <SessionForm
        organiser={me.unit ?? undefined}
        submitText={t('form.save')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body, onError) =>
          create.mutate(body, { onSuccess: (d) => void navigate(`/trainings/${d.summary.id}`), onError })
        }
      />
    </Card>
  );
}
