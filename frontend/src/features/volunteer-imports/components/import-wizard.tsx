import { Alert, Flex, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import type { VolunteerImport } from '../api/types';
import { CommitStep } from './commit-step';
import { ImportProgress } from './import-progress';
import { ImportReport } from './import-report';
import { ImportResult } from './import-result';
import { ImportSteps, type WizardStep } from './import-steps';
import { MappingStep } from './mapping-step';

type View = 'mapping' | 'report' | 'commit';

/**
 * The wizard for one import. The server's status decides the step, so a reload or a later visit
 * resumes where the import stands; `view` only moves between the steps of a checked import.
 * Mounted with key={status}: a new status starts from that status's own step.
 */
export function ImportWizard({ imp, onDiscard }: { imp: VolunteerImport; onDiscard: () => void }) {
  const { t } = useTranslation('volunteerImports');
  const [view, setView] = useState<View>(imp.status === 'VALIDATED' ? 'report' : 'mapping');

  let step: WizardStep;
  let body;
  switch (imp.status) {
    case 'MAPPING':
    case 'FAILED':
      step = 1;
      body = (
        <Flex vertical gap={16}>
          {imp.failure && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('failed.title')}
              description={
                <>
                  {imp.failure.message} {t('failed.remap')}
                </>
              }
            />
          )}
          <MappingStep imp={imp} onDiscard={onDiscard} />
        </Flex>
      );
      break;
    case 'VALIDATING':
      step = 2;
      body = <ImportProgress imp={imp} />;
      break;
    case 'VALIDATED':
      step = view === 'mapping' ? 1 : view === 'report' ? 2 : 3;
      body =
        view === 'mapping' ? (
          <MappingStep imp={imp} onDiscard={onDiscard} />
        ) : view === 'report' ? (
          <ImportReport
            imp={imp}
            onRemap={() => setView('mapping')}
            onNext={() => setView('commit')}
            onDiscard={onDiscard}
          />
        ) : (
          <CommitStep imp={imp} onBack={() => setView('report')} />
        );
      break;
    case 'COMMITTING':
      step = 3;
      body = <ImportProgress imp={imp} />;
      break;
    case 'COMMITTED':
      step = 4;
      body = <ImportResult imp={imp} />;
      break;
    case 'DISCARDED':
      return (
        <Result
          status="info"
          title={t('discarded')}
          extra={
            <LinkButton type="primary" to="/volunteers/imports/new">
              {t('result.another')}
            </LinkButton>
          }
        />
      );
  }

  return (
    <>
      <ImportSteps current={step} failed={imp.status === 'FAILED'} />
      {body}
    </>
  );
}
