import { Card, Col, DatePicker, Row, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useFigures } from '../api/get-figures';

/** Since the district's rules of 2009: the range a work report usually quotes. */
const defaultFrom = '2009-01-01';

/** 期间数据: seats filled, executive vice-directors adjusted, teams completed, in a date range. */
export function FiguresCard({ unitId }: { unitId?: number }) {
  const { t } = useTranslation('committees');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(defaultFrom), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const figures = useFigures(unitId, from, to);
  const f = figures.data;
  const items = [
    {
      key: 'seatsFilled',
      title: t('figures.seatsFilled'),
      value: f?.seatsFilled,
      suffix: t('figures.unitPeople'),
    },
    {
      key: 'adjusted',
      title: t('figures.adjusted'),
      value: f?.executiveViceDirectorsAdjusted,
      suffix: t('figures.unitPeople'),
    },
    {
      key: 'teamsCompleted',
      title: t('figures.teamsCompleted'),
      value: f?.teamsCompleted,
      suffix: t('figures.unitTeams'),
    },
    { key: 'ended', title: t('figures.appointmentsEnded'), value: f?.appointmentsEnded },
  ];

  return (
    <Card title={t('figures.title')}>
      {/* In the body, not the header: the picker must not push a phone's page sideways. */}
      <DatePicker.RangePicker
        aria-label={t('figures.range')}
        value={range}
        allowClear={false}
        onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
        style={{ marginBottom: 16, maxWidth: '100%' }}
      />
      <ProblemAlert error={figures.error} />
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} md={6}>
            <div data-testid={`figures-${item.key}`}>
              <Statistic
                title={item.title}
                value={item.value ?? '—'}
                suffix={item.suffix}
                loading={figures.isPending}
              />
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
