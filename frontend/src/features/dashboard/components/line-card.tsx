import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardKpi, DashboardLine } from '../api/types';
import { formatChange, formatValue, headlineOf, listOf } from '../lib/figures';

function Change({ kpi }: { kpi: DashboardKpi }) {
  const { t } = useTranslation('dashboard');
  const text = formatChange(kpi.kind, kpi.change, t('points'));
  const up = (kpi.change ?? 0) > 0;
  const down = (kpi.change ?? 0) < 0;
  return (
    <Typography.Text
      type={up ? 'success' : down ? 'danger' : 'secondary'}
      aria-label={t('changeLabel', { change: text, previous: formatValue(kpi.kind, kpi.previous) })}
    >
      {text}
    </Typography.Text>
  );
}

function Value({ kpi, to, big }: { kpi: DashboardKpi; to?: string; big?: boolean }) {
  const text = formatValue(kpi.kind, kpi.value);
  const shown = big ? (
    <Statistic value={text} title={kpi.label} />
  ) : (
    <Typography.Text strong>{text}</Typography.Text>
  );
  return to ? (
    <Link to={to} aria-label={`${kpi.label} ${text}`}>
      {shown}
    </Link>
  ) : (
    shown
  );
}

/** One line of work: its headline figure big, then every figure with its change against the previous period. */
export function LineCard({
  line,
  routes,
  unitId,
}: {
  line: DashboardLine;
  routes: readonly string[];
  /** The unit the leader drilled down to; undefined on their own. */
  unitId?: number;
}) {
  const { t } = useTranslation('dashboard');
  const headline = headlineOf(line);
  const link = (kpi: DashboardKpi) => listOf(kpi.key, routes, unitId);
  return (
    <Card title={line.label} size="small" data-testid={`line-${line.line}`} style={{ height: '100%' }}>
      <Flex vertical gap={8}>
        <Flex align="end" gap={12} wrap>
          <Value kpi={headline} to={link(headline)} big />
          <Change kpi={headline} />
        </Flex>
        {headline.kind === 'RATIO' && headline.denominator !== undefined && headline.denominator !== null && (
          <Typography.Text type="secondary">
            {t('ofTotal', { numerator: headline.numerator, denominator: headline.denominator })}
          </Typography.Text>
        )}
        <Flex vertical gap={4} role="list" aria-label={line.label}>
          {line.kpis
            .filter((k) => k.key !== headline.key)
            .map((kpi) => (
              <Flex key={kpi.key} justify="space-between" gap={8} role="listitem" aria-label={kpi.label}>
                <Typography.Text type="secondary">{kpi.label}</Typography.Text>
                <Flex gap={8}>
                  <Value kpi={kpi} to={link(kpi)} />
                  <Change kpi={kpi} />
                </Flex>
              </Flex>
            ))}
        </Flex>
      </Flex>
    </Card>
  );
}
