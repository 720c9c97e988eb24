import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitCoverage } from '@/api/types';

export function percent(share: number) {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** The headline: share of complete teams in the subtree, with counts by status. */
export function CoverageSummary({ coverage }: { coverage: UnitCoverage }) {
  const { t } = useTranslation('committees');
  const s = coverage.subtree;
  const items = [
    { key: 'share', title: t('coverage.share'), value: percent(s.completeShare) },
    { key: 'teams', title: t('coverage.teams'), value: s.teams },
    { key: 'complete', title: t('coverage.complete'), value: s.complete },
    { key: 'incomplete', title: t('coverage.incomplete'), value: s.incomplete },
    { key: 'empty', title: t('coverage.empty'), value: s.empty },
    { key: 'openVacancies', title: t('coverage.openVacancies'), value: s.openVacancies },
    { key: 'electionOverdue', title: t('coverage.electionOverdue'), value: s.electionOverdue },
  ];
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} md={6} lg={3}>
          <div data-testid={`coverage-${item.key}`}>
            <Statistic title={item.title} value={item.value} />
          </div>
        </Col>
      ))}
    </Row>
  );
}
