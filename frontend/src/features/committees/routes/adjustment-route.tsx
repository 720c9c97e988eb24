import { Button, Card, Descriptions, Flex, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useAdjustment } from '../api/get-adjustment';
import { useCommitteeAccess } from '../api/use-committee-access';
import { AdjustmentStatusTag } from '../components/adjustment-status-tag';
import {
  CompletionModal,
  ConsultationModal,
  DecisionModal,
  WithdrawalModal,
} from '../components/adjustment-step-modals';
import { AdjustmentSteps } from '../components/adjustment-steps';

type Step = 'consult' | 'decide' | 'complete' | 'withdraw';

function AdjustmentDetail({ id }: { id: number }) {
  const { t } = useTranslation('committees');
  const mobile = useIsMobile();
  const { canWrite, canPropose } = useCommitteeAccess();
  const adjustment = useAdjustment(id);
  const [open, setOpen] = useState<Step | null>(null);

  if (adjustment.isPending) return <Card loading />;
  if (adjustment.error)
    return <QueryErrorResult error={adjustment.error} onRetry={() => void adjustment.refetch()} />;
  const a = adjustment.data;
  const size = mobile ? 'large' : 'middle';
  // Buttons for the next step only, and only for the roles that may take it.
  const buttons: { step: Step; label: string; primary?: boolean; danger?: boolean }[] = [];
  if (canWrite && a.nextStep === 'CONSULTATION')
    buttons.push({ step: 'consult', label: t('action.consult'), primary: true });
  if (canWrite && a.nextStep === 'DECISION')
    buttons.push({ step: 'decide', label: t('action.decide'), primary: true });
  if (canWrite && a.nextStep === 'COMPLETION')
    buttons.push({ step: 'complete', label: t('action.complete'), primary: true });
  if (canPropose && (a.status === 'PROPOSED' || a.status === 'CONSULTED'))
    buttons.push({ step: 'withdraw', label: t('action.withdraw'), danger: true });

  return (
    <Card
      title={
        <Space wrap>
          <span style={{ whiteSpace: 'normal' }}>
            {t('detail.title', { unit: a.unit.name, name: a.appointment.volunteerName })}
          </span>
          <AdjustmentStatusTag status={a.status} />
        </Space>
      }
      extra={mobile ? undefined : <Link to="/committees/adjustments">{t('adjustments.back')}</Link>}
    >
      <Flex vertical gap={24}>
        <AdjustmentSteps adjustment={a} mobile={mobile} />
        <Descriptions
          column={1}
          size="small"
          bordered={!mobile}
          items={[
            { key: 'reasons', label: t('detail.reasons'), children: a.reasons },
            {
              key: 'successor',
              label: t('detail.proposedSuccessor'),
              children: a.proposedSuccessorName ?? '—',
            },
            ...(a.consultation?.notes
              ? [{ key: 'cnotes', label: t('detail.notes'), children: a.consultation.notes }]
              : []),
            ...(a.decision?.notes
              ? [{ key: 'dnotes', label: t('detail.notes'), children: a.decision.notes }]
              : []),
            ...(a.withdrawal?.note
              ? [{ key: 'wnote', label: t('detail.withdrawNote'), children: a.withdrawal.note }]
              : []),
          ]}
        />
        {buttons.length > 0 && (
          <Flex gap={8} wrap vertical={mobile}>
            {buttons.map((b) => (
              <Button
                key={b.step}
                size={size}
                type={b.primary ? 'primary' : 'default'}
                danger={b.danger}
                block={mobile}
                onClick={() => setOpen(b.step)}
              >
                {b.label}
              </Button>
            ))}
          </Flex>
        )}
      </Flex>
      {open === 'consult' && <ConsultationModal adjustment={a} onClose={() => setOpen(null)} />}
      {open === 'decide' && <DecisionModal adjustment={a} onClose={() => setOpen(null)} />}
      {open === 'complete' && <CompletionModal adjustment={a} onClose={() => setOpen(null)} />}
      {open === 'withdraw' && <WithdrawalModal adjustment={a} onClose={() => setOpen(null)} />}
    </Card>
  );
}

/** One adjustment: the steps so far and the next one, for those who may take it. */
export function AdjustmentRoute() {
  const { id } = useParams();
  const value = Number(id);
  if (!Number.isInteger(value) || value <= 0) return <NotFoundResult />;
  return <AdjustmentDetail key={value} id={value} />;
}
