import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { canAccess, useCurrentUser } from '@/lib/current-user';
import { appRoutes, type NavGroup, navGroups } from '../routes';

type Item = NonNullable<MenuProps['items']>[number];

/** The menu items the signed-in user may open (the routes' declared access decides). */
export function NavMenu({ onNavigate, large }: { onNavigate?: () => void; large?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const style = large ? { height: 52, lineHeight: '52px', fontSize: 16 } : undefined;

  const routes = appRoutes.filter(
    (route) =>
      route.nav &&
      canAccess(me, route.access) &&
      !route.nav.hiddenFor?.some((role) => me.roles.includes(role)),
  );
  const items: Item[] = [];
  const groups = new Map<NavGroup, Item[]>();
  for (const route of routes) {
    const item = { key: route.path, icon: route.nav!.icon, label: t(`nav.${route.nav!.key}`), style };
    const group = route.nav!.group;
    if (!group) {
      items.push(item);
      continue;
    }
    if (!groups.has(group)) {
      const children: Item[] = [];
      groups.set(group, children);
      items.push({
        key: `group:${group}`,
        icon: navGroups[group].icon,
        label: t(navGroups[group].label),
        children,
      });
    }
    groups.get(group)!.push(item);
  }
  // The longest matching path only: /activities/new is 记活动, not also 活动记录.
  const selected = routes
    .map((route) => route.path)
    .filter((path) => (path === '/' ? pathname === '/' : pathname.startsWith(path)))
    .sort((x, y) => y.length - x.length)
    .slice(0, 1);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      // Groups start open: their pages are daily work, one tap away on a phone.
      defaultOpenKeys={[...groups.keys()].map((group) => `group:${group}`)}
      aria-label={t('nav.menu')}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
