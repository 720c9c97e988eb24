import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { appRoutes } from '../routes';

/** The menu entry a path belongs to: the nav route with the longest path that the path starts with. */
export function navEntryOf(pathname: string) {
  let best: (typeof appRoutes)[number] | undefined;
  for (const route of appRoutes) {
    if (!route.nav) continue;
    const matches =
      route.path === '/'
        ? pathname === '/'
        : pathname === route.path || pathname.startsWith(`${route.path}/`);
    if (matches && (!best || route.path.length > best.path.length)) best = route;
  }
  return best;
}

/** "五老队伍 · 关工委工作平台": each page names itself in the browser's tab, history and bookmarks. */
export function usePageTitle(pathname: string) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const entry = navEntryOf(pathname);
    const app = t('app.name');
    document.title = entry && entry.path !== '/' ? `${t(`nav.${entry.nav!.key}`)} · ${app}` : app;
  }, [pathname, t, i18n.language]);
}
