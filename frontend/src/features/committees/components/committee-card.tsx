import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Appointment, Committee, Vacancy } from '@/api/types';
import { useCommitteeAccess } from '../api/use-committee-access';
import { AssessmentModal } from './assessment-modal';
import { CommitteeTerm } from './committee-term';
import { EndAppointmentModal } from './end-appointment-modal';
import { FillVacancyDrawer } from './fill-vacancy-drawer';
import { ProposeAdjustmentModal } from './propose-adjustment-modal';
import { SeatCards } from './seat-cards';
import { TeamStatusTag } from './team-status-tag';
import { TermModal } from './term-modal';

type Open =
  | { kind: 'fill'; vacancy: Vacancy }
  | { kind: 'assess'; appointment: Appointment }
  | { kind: 'propose'; appointment: Appointment }
  | { kind: 'end'; appointment: Appointment }
  | { kind: 'term' };

/** A unit's team today: status, term, every seat with its holders or how long it has been empty. */
export function CommitteeCard({ committee, mobile }: { committee: Committee; mobile: boolean }) {
  const { t } = useTranslation('committees');
  const navigate = useNavigate();
  const { canWrite, canPropose } = useCommitteeAccess();
  const [open, setOpen] = useState<Open | null>(null);

  return (
    <Card
      data-testid="committee-card"
      title={
        <Space wrap size={8}>
          <span style={{ whiteSpace: 'normal' }}>{t('card.title', { unit: committee.unit.name })}</span>
          <TeamStatusTag status={committee.status} />
        </Space>
      }
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <Flex vertical gap={16}>
        <Flex gap={8} align="flex-start" wrap>
          <div style={{ flex: 1, minWidth: 0 }}>
            <CommitteeTerm committee={committee} mobile={mobile} />
          </div>
          {canWrite && (
            <Button
              size={mobile ? 'large' : 'middle'}
              block={mobile}
              onClick={() => setOpen({ kind: 'term' })}
            >
              {t('action.term')}
            </Button>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {t('card.threshold', { days: committee.vacancyOverdueDays })}
        </Typography.Text>
        {committee.seats.length === 0 ? (
          <Empty description={t('card.noSeats')} />
        ) : (
          <SeatCards
            committee={committee}
            mobile={mobile}
            actions={{
              canWrite,
              canPropose,
              onFill: (vacancy) => setOpen({ kind: 'fill', vacancy }),
              onAssess: (appointment) => setOpen({ kind: 'assess', appointment }),
              onPropose: (appointment) => setOpen({ kind: 'propose', appointment }),
              onEnd: (appointment) => setOpen({ kind: 'end', appointment }),
            }}
          />
        )}
      </Flex>
      {open?.kind === 'fill' && <FillVacancyDrawer vacancy={open.vacancy} onClose={() => setOpen(null)} />}
      {open?.kind === 'assess' && (
        <AssessmentModal appointment={open.appointment} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'term' && <TermModal committee={committee} onClose={() => setOpen(null)} />}
      {open?.kind === 'end' && (
        <EndAppointmentModal appointment={open.appointment} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'propose' && (
        <ProposeAdjustmentModal
          appointment={open.appointment}
          onClose={() => setOpen(null)}
          onProposed={(id) => void navigate(`/committees/adjustments/${id}`)}
        />
      )}
    </Card>
  );
}
