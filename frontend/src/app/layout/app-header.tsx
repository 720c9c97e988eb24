import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth-context';
import { DemoDataTag } from './demo-data-tag';
import { LanguageSwitch } from './language-switch';
import { UserInfo } from './user-info';

export function AppHeader({ mobile, onOpenMenu }: { mobile: boolean; onOpenMenu: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Layout.Header style={{ paddingInline: mobile ? 12 : 24, position: 'sticky', top: 0, zIndex: 10 }}>
      <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {mobile && (
            <Button
              type="text"
              size="large"
              aria-label={t('nav.menu')}
              icon={<MenuOutlined style={{ color: '#fff', fontSize: 20 }} />}
              onClick={onOpenMenu}
            />
          )}
          <span className="ggw-brand" style={{ fontSize: mobile ? 16 : 18 }}>
            {t('app.name')}
          </span>
          <DemoDataTag />
        </Flex>
        {!mobile && (
          <Flex align="center" gap={16} style={{ minWidth: 0 }}>
            <UserInfo light />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={auth.logout}>
              {t('header.logout')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Layout.Header>
  );
}
