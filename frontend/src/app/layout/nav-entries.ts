import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { canAccess, useCurrentUser } from '@/lib/current-user';
import { type AppRoute, appRoutes, type NavGroup, type NavKey, navGroups } from '../routes';

export interface NavLink {
  path: string;
  key: NavKey;
  label: string;
}

export interface NavSection {
  group: NavGroup;
  label: string;
  links: NavLink[];
}

/** A top-level link, or a group with its links, in the routes' order. */
export type NavEntry = ({ kind: 'link' } & NavLink) | ({ kind: 'group' } & NavSection);

/**
 * The menu of the signed-in user (the routes' declared access and `hiddenFor` decide), shared by the
 * desktop menu and the phone's: its entries, the selected path and the group it sits in.
 */
export function useNavEntries() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();

  const routes = appRoutes.filter(
    (route): route is AppRoute & { nav: NonNullable<AppRoute['nav']> } =>
      !!route.nav &&
      canAccess(me, route.access) &&
      !route.nav.hiddenFor?.some((role) => me.roles.includes(role)),
  );
  const entries: NavEntry[] = [];
  const sections = new Map<NavGroup, NavSection>();
  for (const route of routes) {
    const link: NavLink = { path: route.path, key: route.nav.key, label: t(`nav.${route.nav.key}`) };
    const group = route.nav.group;
    if (!group) {
      entries.push({ kind: 'link', ...link });
      continue;
    }
    let section = sections.get(group);
    if (!section) {
      section = { group, label: t(navGroups[group].label), links: [] };
      sections.set(group, section);
      entries.push({ kind: 'group', ...section });
    }
    section.links.push(link);
  }
  // The longest matching path only: /activities/new is 记活动, not also 活动记录.
  const selected = routes
    .map((route) => route.path)
    .filter((path) => (path === '/' ? pathname === '/' : pathname.startsWith(path)))
    .sort((x, y) => y.length - x.length)[0];
  const currentGroup = routes.find((route) => route.path === selected)?.nav.group;
  return { entries, selected, currentGroup };
}
