import type { DashboardChild, DashboardKpi, DashboardLine } from '../api/types';

/** The list page behind a figure, where one exists (the list shows the same unit's subtree). */
const LISTS: Record<string, string> = {
  'committees.teams': '/committees/coverage',
  'committees.teamsComplete': '/committees/coverage',
  'committees.completeShare': '/committees/coverage',
  'committees.teamsEmpty': '/committees/coverage',
  'committees.electionOverdue': '/committees/coverage',
  'committees.openSeats': '/committees/vacancies',
  'committees.executiveViceDirectorsAdjusted': '/committees/adjustments',
  'volunteers.onRegister': '/volunteers',
  'volunteers.active': '/volunteers',
  'volunteers.activeShare': '/volunteers',
  'volunteers.activities': '/activities',
  'volunteers.youthReached': '/activities',
};

/** Lines whose pages land later: their figures link to the line's page when the app has it. */
const LINE_PAGES: Record<string, string> = {
  rules: '/rules',
  trainings: '/trainings',
  exemplars: '/exemplars',
};

export function listOf(key: string, routes: readonly string[]): string | undefined {
  const known = LISTS[key];
  if (known) return known;
  const page = LINE_PAGES[key.split('.')[0] ?? ''];
  return page && routes.includes(page) ? page : undefined;
}

export function formatValue(kind: DashboardKpi['kind'], value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (kind === 'RATIO') return `${Math.round(value * 1000) / 10}%`;
  return Math.round(value).toLocaleString('zh-CN');
}

/** "+3", "−2", "0"; ratios in share points ("+1.5 pt"). */
export function formatChange(
  kind: DashboardKpi['kind'],
  change: number | null | undefined,
  points: string,
): string {
  if (change === null || change === undefined) return '—';
  const n = kind === 'RATIO' ? Math.round(change * 1000) / 10 : Math.round(change);
  const sign = n > 0 ? '+' : n < 0 ? '−' : '';
  return `${sign}${Math.abs(n).toLocaleString('zh-CN')}${kind === 'RATIO' ? points : ''}`;
}

export function headlineOf(line: DashboardLine): DashboardKpi {
  return line.kpis.find((k) => k.key === line.headline) ?? line.kpis[0]!;
}

/** A child's value of a figure: ratios 0–1 (null without denominator), counts as numbers. */
export function childValue(child: DashboardChild, kpi: DashboardKpi): number | null {
  if (kpi.kind === 'RATIO') return child.ratios[kpi.key] ?? null;
  return child.counts[kpi.key] ?? 0;
}
