import { Layout } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import AntdProviders from '@/components/antd-providers';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoading } from '@/components/page-loading';
import { AppHeader } from './app-header';
import { NavMenu } from './nav-menu';

/** The shell on a desk: antd's side menu and header, every page inside antd's providers. */
export function DesktopLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AntdProviders>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider theme="light" width={208} breakpoint="lg" collapsible>
          <div style={{ padding: '16px 24px', fontWeight: 600, color: '#c41d1d', whiteSpace: 'nowrap' }}>
            {t('app.shortName')}
          </div>
          <NavMenu />
        </Layout.Sider>
        <Layout style={{ minWidth: 0 }}>
          <AppHeader />
          <Layout.Content style={{ padding: 24, minWidth: 0 }}>
            {/* Reset the boundary on navigation so one broken page does not stick. */}
            <ErrorBoundary key={pathname}>
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </AntdProviders>
  );
}
