import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Dashboard = Schemas['Dashboard'];
export type DashboardLine = Schemas['DashboardLine'];
export type DashboardKpi = Schemas['DashboardKpi'];
export type DashboardChild = Schemas['DashboardChild'];
export type AttentionItem = Schemas['AttentionItem'];
export type WorkLine = DashboardLine['line'];

/** What the dashboard shows: a unit (default: the caller's) and a period (default: this year). */
export interface DashboardQuery {
  unitId?: number;
  from?: string;
  to?: string;
}
