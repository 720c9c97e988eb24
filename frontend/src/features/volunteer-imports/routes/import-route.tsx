import { UnorderedListOutlined } from '@ant-design/icons';
import { App, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';
import { LinkButton } from '@/components/link-button';
import { QueryErrorResult } from '@/components/query-error-result';
import { problemText } from '@/lib/api-error';
import { useDiscardImport } from '../api/discard-import';
import { useImport } from '../api/get-import';
import { ImportStatusTag } from '../components/import-status-tag';
import { ImportWizard } from '../components/import-wizard';

function parseImportId(raw: string | undefined): number | undefined {
  return raw && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

/** /volunteers/imports/:id: the wizard at the step matching the import's status. */
export function ImportRoute() {
  const { t } = useTranslation(['volunteerImports', 'common']);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const id = parseImportId(useParams().id);
  const query = useImport(id);
  const discard = useDiscardImport();

  if (id === undefined) return <NotFoundResult />;
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const imp = query.data;

  function confirmDiscard() {
    modal.confirm({
      title: t('list.discardConfirm'),
      okText: t('list.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common:action.cancel'),
      onOk: () =>
        discard.mutateAsync(id!).then(
          () => void navigate('/volunteers/imports'),
          (e: unknown) => void message.error(problemText(e) ?? t('common:error.generic')),
        ),
    });
  }

  return (
    <Card
      title={
        <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          {imp ? imp.fileName : t('title')} {imp && <ImportStatusTag status={imp.status} />}
        </span>
      }
      extra={
        <LinkButton to="/volunteers/imports" icon={<UnorderedListOutlined />}>
          {t('backToList')}
        </LinkButton>
      }
    >
      {imp ? <ImportWizard key={imp.status} imp={imp} onDiscard={confirmDiscard} /> : <Skeleton active />}
    </Card>
  );
}
