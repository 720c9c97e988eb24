import { UnorderedListOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { ImportSteps } from '../components/import-steps';
import { UploadStep } from '../components/upload-step';

/** /volunteers/imports/new: step 1; once uploaded the import has its own address to come back to. */
export function ImportNewRoute() {
  const { t } = useTranslation('volunteerImports');
  const navigate = useNavigate();
  return (
    <Card
      title={t('title')}
      extra={
        <LinkButton to="/volunteers/imports" icon={<UnorderedListOutlined />}>
          {t('backToList')}
        </LinkButton>
      }
    >
      <ImportSteps current={0} />
      <UploadStep
        onUploaded={(created) => void navigate(`/volunteers/imports/${created.id}`, { replace: true })}
      />
    </Card>
  );
}
