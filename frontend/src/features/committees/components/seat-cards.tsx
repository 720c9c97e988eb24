import { Button, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Appointment, Committee, CommitteeSeat, Vacancy } from '@/api/types';
import { VacantDaysTag } from './vacant-days-tag';

export interface SeatActions {
  canWrite: boolean;
  canPropose: boolean;
  onFill: (vacancy: Vacancy) => void;
  onAssess: (appointment: Appointment) => void;
  onPropose: (appointment: Appointment) => void;
  onEnd: (appointment: Appointment) => void;
}

function required(seat: CommitteeSeat, t: ReturnType<typeof useTranslation<'committees'>>['t']) {
  return seat.maxCount && seat.maxCount !== seat.minCount
    ? t('card.requiredRange', { min: seat.minCount, max: seat.maxCount })
    : t('card.required', { count: seat.minCount });
}

const evd = (seat: CommitteeSeat) => seat.role === 'EXECUTIVE_VICE_DIRECTOR';

/**
 * Every seat as a card: holders with the day they started, empty seats with how long they
 * have been empty. One column on a phone, so nothing scrolls sideways.
 */
export function SeatCards({
  committee,
  actions,
  mobile,
}: {
  committee: Committee;
  actions: SeatActions;
  mobile: boolean;
}) {
  const { t } = useTranslation('committees');
  const big = mobile ? { fontSize: 18 } : undefined;
  const buttonSize = mobile ? 'large' : 'middle';

  return (
    <Row gutter={[12, 12]}>
      {committee.seats.map((seat) => (
        <Col key={seat.role} xs={24} md={12} xl={8}>
          <Card
            size="small"
            title={t(`role.${seat.role}`)}
            extra={<Typography.Text type="secondary">{required(seat, t)}</Typography.Text>}
            role="region"
            aria-label={t(`role.${seat.role}`)}
            style={{ height: '100%' }}
          >
            <Flex vertical gap={12}>
              {seat.holders.map((holder) => (
                <Flex key={holder.id} vertical gap={6} role="listitem" aria-label={holder.volunteerName}>
                  <Flex justify="space-between" align="baseline" wrap gap={8}>
                    <Typography.Text strong style={big}>
                      {holder.volunteerName}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('card.since', { date: holder.startedOn })}
                    </Typography.Text>
                  </Flex>
                  {(actions.canWrite || (evd(seat) && actions.canPropose)) && (
                    <Flex gap={8} wrap>
                      {actions.canWrite && evd(seat) && (
                        <Button size={buttonSize} onClick={() => actions.onAssess(holder)}>
                          {t('action.assess')}
                        </Button>
                      )}
                      {actions.canPropose && evd(seat) && (
                        <Button
                          size={buttonSize}
                          danger
                          block={mobile}
                          onClick={() => actions.onPropose(holder)}
                        >
                          {t('action.propose')}
                        </Button>
                      )}
                      {actions.canWrite && (
                        <Button
                          size={buttonSize}
                          type="text"
                          aria-label={`${t('action.end')} ${holder.volunteerName}`}
                          onClick={() => actions.onEnd(holder)}
                        >
                          {t('action.end')}
                        </Button>
                      )}
                    </Flex>
                  )}
                </Flex>
              ))}
              {seat.vacancies.map((vacancy) => (
                <Flex
                  key={`vacancy-${vacancy.slot}`}
                  vertical
                  gap={6}
                  role="listitem"
                  aria-label={`${t(`role.${seat.role}`)} ${t('card.vacant')}`}
                >
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Tag color="red" style={big}>
                      {t('card.vacant')}
                    </Tag>
                    <VacantDaysTag days={vacancy.daysOpen} overdue={vacancy.overdue} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {t('card.vacantSince', { date: vacancy.vacantSince })}
                    {vacancy.previousHolderName
                      ? ` · ${t('card.previous', { name: vacancy.previousHolderName })}`
                      : ''}
                  </Typography.Text>
                  {actions.canWrite && (
                    <Button
                      type="primary"
                      size={buttonSize}
                      block={mobile}
                      onClick={() => actions.onFill(vacancy)}
                    >
                      {t('card.fill')}
                    </Button>
                  )}
                </Flex>
              ))}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
