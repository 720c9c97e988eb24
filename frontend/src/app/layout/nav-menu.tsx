import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { canAccess, useCurrentUser } from '@/lib/current-user';
import { appRoutes } from '../routes';

/** The menu items the signed-in user may open (the routes' declared access decides). */
export function NavMenu({ onNavigate, large }: { onNavigate?: () => void; large?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items = appRoutes
    .filter((route) => route.nav && canAccess(me, route.access))
    .map((route) => ({
      key: route.path,
      icon: route.nav!.icon,
      label: t(`nav.${route.nav!.key}`),
      style: large ? { height: 52, lineHeight: '52px', fontSize: 16 } : undefined,
    }));
  // The longest matching path only: /activities/new is 记活动, not also 活动记录.
  const selected = items
    .map((item) => item.key)
    .filter((path) => (path === '/' ? pathname === '/' : pathname.startsWith(path)))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      aria-label={t('nav.menu')}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
