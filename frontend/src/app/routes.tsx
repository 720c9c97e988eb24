import { ApartmentOutlined, AuditOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, type ReactNode, lazy } from 'react';
import type { Access } from '@/lib/current-user';

// Each page is its own chunk (React.lazy); a route's `access` is checked before it renders.
const HomeRoute = lazy(() =>
  import('@/features/home/routes/home-route').then((m) => ({ default: m.HomeRoute })),
);
const OrgUnitsRoute = lazy(() =>
  import('@/features/hierarchy/routes/org-units-route').then((m) => ({ default: m.OrgUnitsRoute })),
);
const AccountsRoute = lazy(() =>
  import('@/features/accounts/routes/accounts-route').then((m) => ({ default: m.AccountsRoute })),
);
const AuditRoute = lazy(() =>
  import('@/features/audit/routes/audit-route').then((m) => ({ default: m.AuditRoute })),
);

export type NavKey = 'home' | 'orgUnits' | 'accounts' | 'audit';

export interface AppRoute {
  path: string;
  Component: LazyExoticComponent<ComponentType>;
  access?: Access;
  /** Shown in the menu under this label key when set. */
  nav?: { key: NavKey; icon: ReactNode };
}

const districtAdminOnly: Access = { roles: ['district-admin'] };

export const appRoutes: AppRoute[] = [
  { path: '/', Component: HomeRoute, nav: { key: 'home', icon: <HomeOutlined /> } },
  { path: '/org-units', Component: OrgUnitsRoute, nav: { key: 'orgUnits', icon: <ApartmentOutlined /> } },
  { path: '/org-units/:id', Component: OrgUnitsRoute },
  {
    path: '/accounts',
    Component: AccountsRoute,
    access: districtAdminOnly,
    nav: { key: 'accounts', icon: <TeamOutlined /> },
  },
  {
    path: '/audit',
    Component: AuditRoute,
    access: districtAdminOnly,
    nav: { key: 'audit', icon: <AuditOutlined /> },
  },
];
