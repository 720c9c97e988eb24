import { DownloadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Flex, Row, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { appRoutes } from '@/app/routes';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { ApiError } from '@/lib/api-error';
import { useDashboard, useDownloadReport } from '../api/get-dashboard';
import type { DashboardChild, DashboardQuery } from '../api/types';
import { AttentionList } from '../components/attention-list';
import { LineCard } from '../components/line-card';
import { RankingTable } from '../components/ranking-table';
import { childValue, headlineOf } from '../lib/figures';

const ChildrenChart = lazy(() => import('../components/children-chart'));

const FIRST_YEAR = 2009;
const SINCE_FIRST = 'all';

/** The period of a year: the whole year, or this year up to today. */
function yearPeriod(year: number): { from: string; to: string } {
  const today = dayjs();
  const end = year === today.year() ? today : dayjs(`${year}-12-31`);
  return { from: `${year}-01-01`, to: end.format('YYYY-MM-DD') };
}

/**
 * 领导驾驶舱: the five lines of work of the unit in the URL (default: the user's own) for a year, with
 * the change against the previous period, the units below (chart and ranking; a click drills down and
 * Back comes back), what needs attention, and the year's work report as a Word document.
 */
export function LeaderDashboard() {
  const { t } = useTranslation('dashboard');
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  // ?year=all: every year since the platform's records begin (the report's "since 2009" figures).
  const sinceFirst = params.get('year') === SINCE_FIRST;
  const year = Number(params.get('year') ?? thisYear) || thisYear;
  const unitParam = Number(params.get('unit'));
  const query: DashboardQuery = {
    ...(unitParam > 0 ? { unitId: unitParam } : {}),
    ...(sinceFirst
      ? { from: `${FIRST_YEAR}-01-01`, to: dayjs().format('YYYY-MM-DD') }
      : yearPeriod(Math.min(Math.max(year, FIRST_YEAR), thisYear))),
  };
  const dashboard = useDashboard(query);
  const report = useDownloadReport();
  const routes = useMemo(() => appRoutes.map((r) => r.path), []);

  const change = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    Object.entries(next).forEach(([k, v]) => (v === undefined ? merged.delete(k) : merged.set(k, v)));
    setParams(merged); // a new history entry: Back returns to where the leader was
  };
  const drill = (child: DashboardChild) => change({ unit: String(child.unit.id) });

  if (dashboard.isPending) return <Card loading />;
  if (dashboard.error)
    return <QueryErrorResult error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  const lineLabels = Object.fromEntries(data.lines.map((l) => [l.line, l.label]));
  const selected = data.lines.find((l) => l.line === params.get('line')) ?? data.lines[0];
  const rankBy = selected ? headlineOf(selected) : undefined;
  const headlines = data.lines.map(headlineOf);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  const download = () =>
    report.mutate(query, {
      onError: (error) =>
        void message.error(
          error instanceof ApiError ? (error.problem.detail ?? error.message) : t('reportFailed'),
        ),
    });

  return (
    <Flex vertical gap={16}>
      <Card size="small" styles={mobile ? { body: { padding: 12 } } : undefined}>
        <Flex vertical gap={8}>
          {data.trail.length > 1 && (
            <Breadcrumb
              items={data.trail.map((unit, i) => ({
                key: unit.id,
                title:
                  i === data.trail.length - 1 ? (
                    unit.name
                  ) : (
                    <a onClick={() => change({ unit: String(unit.id) })}>{unit.name}</a>
                  ),
              }))}
            />
          )}
          <Flex justify="space-between" align={mobile ? 'stretch' : 'center'} gap={8} vertical={mobile}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="dashboard-unit">
              {data.unit.name}
            </Typography.Title>
            <Flex gap={8} wrap vertical={mobile}>
              <Select
                aria-label={t('year')}
                value={sinceFirst ? SINCE_FIRST : year}
                style={{ width: mobile ? '100%' : 160 }}
                options={[
                  { value: SINCE_FIRST, label: t('sinceFirstYear', { year: FIRST_YEAR }) },
                  ...years.map((y) => ({ value: y, label: t('yearOption', { year: y }) })),
                ]}
                onChange={(y: number | typeof SINCE_FIRST) =>
                  change({ year: y === thisYear ? undefined : String(y) })
                }
              />
              <Button
                icon={<DownloadOutlined />}
                loading={report.isPending}
                onClick={download}
                block={mobile}
              >
                {t('downloadReport')}
              </Button>
            </Flex>
          </Flex>
          <Typography.Text type="secondary" data-testid="dashboard-as-of">
            {t('asOf', {
              from: data.from,
              to: data.to,
              previousFrom: data.previousFrom,
              previousTo: data.previousTo,
              time: dayjs(data.asOf).format('YYYY-MM-DD HH:mm'),
            })}
          </Typography.Text>
        </Flex>
      </Card>

      <Row gutter={[16, 16]}>
        {data.lines.map((line) => (
          <Col key={line.line} xs={24} md={12} xl={8}>
            <LineCard line={line} routes={routes} unitId={unitParam > 0 ? unitParam : undefined} />
          </Col>
        ))}
      </Row>
      {data.linesWithoutFigures.length > 0 && (
        <Typography.Text type="secondary">
          {t('linesWaiting', { lines: data.linesWithoutFigures.map((l) => t(`line.${l}`)).join('、') })}
        </Typography.Text>
      )}

      <Row gutter={[16, 16]}>
        {data.children.length > 0 && selected && rankBy && (
          <Col xs={24} xl={16}>
            <Card
              size="small"
              title={t('children', { figure: rankBy.label })}
              extra={
                <Select
                  aria-label={t('compareLine')}
                  value={selected.line}
                  style={{ width: 120 }}
                  options={data.lines.map((l) => ({ value: l.line, label: l.label }))}
                  onChange={(line: string) => change({ line })}
                />
              }
            >
              <Flex vertical gap={12}>
                <Typography.Text type="secondary">{t('drillHint')}</Typography.Text>
                <Suspense fallback={<Skeleton active />}>
                  <ChildrenChart
                    rows={data.children.map((c) => ({ name: c.unit.name, value: childValue(c, rankBy) }))}
                    percent={rankBy.kind === 'RATIO'}
                    onPick={(i) => data.children[i] && drill(data.children[i])}
                  />
                </Suspense>
                <RankingTable
                  rows={data.children}
                  rankBy={rankBy}
                  columns={headlines}
                  onDrill={drill}
                  mobile={mobile}
                />
              </Flex>
            </Card>
          </Col>
        )}
        <Col xs={24} xl={data.children.length > 0 ? 8 : 24}>
          <Card size="small" title={t('attention')}>
            <AttentionList items={data.attention} lineLabels={lineLabels} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
