import type { DashboardChild, DashboardKpi, DashboardLine } from '../api/types';
import { formatCount } from '@/lib/format-count';

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

/** The list pages that open on the unit in their URL (?unit=id), as the dashboard does. */
const UNIT_PAGES = new Set(['/committees/coverage', '/committees/vacancies', '/volunteers']);

/**
 * Where a figure leads: its list, opened on the dashboard's unit when the leader has drilled down to one
 * (`unitId`; undefined on their own unit, which every list shows by default).
 */
export function listOf(key: string, routes: readonly string[], unitId?: number): string | undefined {
  const page = LISTS[key] ?? LINE_PAGES[key.split('.')[0] ?? ''];
  if (!page || (!LISTS[key] && !routes.includes(page))) return undefined;
  return unitId !== undefined && UNIT_PAGES.has(page) ? `${page}?unit=${unitId}` : page;
}

export function formatValue(kind: DashboardKpi['kind'], value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (kind === 'RATIO') return `${Math.round(value * 1000) / 10}%`;
  return formatCount(Math.round(value));
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
  return `${sign}${formatCount(Math.abs(n))}${kind === 'RATIO' ? points : ''}`;
}

export function headlineOf(line: DashboardLine): DashboardKpi {
  return line.kpis.find((k) => k.key === line.headline) ?? line.kpis[0]!;
}

/** A child's value of a figure: ratios 0–1 (null without denominator), counts as numbers. */
export function childValue(child: DashboardChild, kpi: DashboardKpi): number | null {
  if (kpi.kind === 'RATIO') return child.ratios[kpi.key] ?? null;
  return child.counts[kpi.key] ?? 0;
}
