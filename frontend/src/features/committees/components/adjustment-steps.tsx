import { Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Adjustment } from '@/api/types';

const when = (instant: string) => dayjs(instant).format('YYYY-MM-DD HH:mm');

/** 考核 → 提议 → 征求意见 → 决定 → 完成, each with who and when. */
export function AdjustmentSteps({ adjustment: a, mobile }: { adjustment: Adjustment; mobile: boolean }) {
  const { t } = useTranslation('committees');
  const by = (who: string, instant: string) => (
    <Typography.Text type="secondary">{t('step.by', { who, when: when(instant) })}</Typography.Text>
  );
  const done = [true, true, !!a.consultation, !!a.decision, !!a.completion];
  const current = done.indexOf(false);
  const closedEarly = a.status === 'WITHDRAWN' || a.status === 'REJECTED';

  const items = [
    {
      title: t('step.assessment'),
      content: (
        <>
          <div>
            {t('detail.assessment', { year: a.assessment.year, rating: t(`rating.${a.assessment.rating}`) })}
          </div>
          {by(a.assessment.assessedBy, a.assessment.assessedAt)}
        </>
      ),
    },
    { title: t('step.proposal'), content: by(a.proposedBy, a.proposedAt) },
    {
      title: t('step.consultation'),
      content: a.consultation ? (
        <>
          <div>
            {a.consultation.consultedOn} · {a.consultation.consultedWith} ·{' '}
            {t(`outcome.${a.consultation.outcome}`)}
          </div>
          {by(a.consultation.recordedBy, a.consultation.recordedAt)}
        </>
      ) : null,
    },
    {
      title: t('step.decision'),
      content: a.decision ? (
        <>
          <div>{t(`decision.${a.decision.decision}`)}</div>
          {by(a.decision.decidedBy, a.decision.decidedAt)}
        </>
      ) : null,
    },
    {
      title: t('step.completion'),
      content: a.completion ? (
        <>
          <div>
            {a.completion.effectiveOn} · {a.completion.successor.volunteerName}
          </div>
          {by(a.completion.completedBy, a.completion.completedAt)}
        </>
      ) : null,
    },
  ];
  if (a.withdrawal) {
    items.splice(current < 0 ? items.length : current, 0, {
      title: t('step.withdrawn'),
      content: by(a.withdrawal.withdrawnBy, a.withdrawal.withdrawnAt),
    });
  }

  // The step in red when closed early: the withdrawal, or a rejecting decision.
  let step = current < 0 ? items.length : current;
  if (a.withdrawal) step = current < 0 ? items.length - 1 : current;
  else if (a.status === 'REJECTED') step = 3;

  return (
    <Steps
      orientation={mobile ? 'vertical' : 'horizontal'}
      current={step}
      status={closedEarly ? 'error' : a.status === 'COMPLETED' ? 'finish' : 'process'}
      items={items}
      size="small"
    />
  );
}
