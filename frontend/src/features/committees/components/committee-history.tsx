import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/types';
import { ProblemAlert } from '@/components/problem-alert';
import { useCommitteeHistory } from '../api/get-committee-history';

interface Event {
  key: string;
  date: string;
  ended: boolean;
  text: string;
  extra?: string;
}

/** Who held which seat when, why they left and who replaced whom; newest first. */
export function CommitteeHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation('committees');
  const history = useCommitteeHistory(unitId);

  const events = useMemo(() => {
    const all = history.data ?? [];
    const byId = new Map<number, Appointment>(all.map((a) => [a.id, a]));
    const list: Event[] = [];
    for (const a of all) {
      const role = t(`role.${a.role}`);
      const replaced = a.replacesAppointmentId ? byId.get(a.replacesAppointmentId) : undefined;
      list.push({
        key: `${a.id}-start`,
        date: a.startedOn,
        ended: false,
        text: t('history.started', { name: a.volunteerName, role, kind: t(`kind.${a.kind}`) }),
        extra: replaced ? t('history.replaces', { name: replaced.volunteerName }) : undefined,
      });
      if (a.endedOn) {
        const successor = a.replacedByAppointmentId ? byId.get(a.replacedByAppointmentId) : undefined;
        const reason = a.endReason ? t(`endReason.${a.endReason}`) : '—';
        list.push({
          key: `${a.id}-end`,
          date: a.endedOn,
          ended: true,
          text: t('history.ended', { name: a.volunteerName, role, reason }),
          extra: [a.endNote, successor ? t('history.replacedBy', { name: successor.volunteerName }) : null]
            .filter(Boolean)
            .join(' · '),
        });
      }
    }
    // Newest first; on a hand-over day the successor's start is listed above the predecessor's end.
    return list.sort((x, y) => (x.date === y.date ? (x.ended ? 1 : -1) : y.date.localeCompare(x.date)));
  }, [history.data, t]);

  if (history.isPending) return <Skeleton active />;
  if (history.error) return <ProblemAlert error={history.error} />;
  if (events.length === 0) return <Empty description={t('card.noHistory')} />;
  return (
    <Timeline
      aria-label={t('card.history')}
      items={events.map((e) => ({
        key: e.key,
        color: e.ended ? 'gray' : 'green',
        content: (
          <div>
            <Typography.Text type="secondary">{e.date}</Typography.Text>{' '}
            <Typography.Text>{e.text}</Typography.Text>
            {e.extra ? (
              <div>
                <Typography.Text type="secondary">{e.extra}</Typography.Text>
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
