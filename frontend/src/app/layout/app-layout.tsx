import { Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoading } from '@/components/page-loading';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { AppHeader } from './app-header';
import { MobileNavDrawer } from './mobile-nav-drawer';
import { NavMenu } from './nav-menu';
import { usePageTitle } from './use-page-title';

/** The shell: side menu on desktop, header menu button + bottom drawer on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  usePageTitle(pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider theme="light" width={208} breakpoint="lg" collapsible>
          <div style={{ padding: '16px 24px', fontWeight: 600, color: '#c41d1d', whiteSpace: 'nowrap' }}>
            {t('app.shortName')}
          </div>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <AppHeader mobile={mobile} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          {/* Reset the boundary on navigation so one broken page does not stick. */}
          <ErrorBoundary key={pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      {mobile && <MobileNavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />}
    </Layout>
  );
}
