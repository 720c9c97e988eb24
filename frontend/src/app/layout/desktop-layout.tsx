import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import AntdProviders from '@/components/antd-providers';
import { AppHeader } from './app-header';
import { NavMenu } from './nav-menu';
import { PageOutlet } from './page-outlet';

/** The shell on a desk: antd's side menu and header, every page inside antd's providers. */
export function DesktopLayout() {
  const { t } = useTranslation();
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
            <PageOutlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </AntdProviders>
  );
}
