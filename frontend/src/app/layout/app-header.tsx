import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth-context';
import { DemoDataTag } from './demo-data-tag';
import { LanguageSwitch } from './language-switch';
import { UserInfo } from './user-info';

/** The desktop header (phones: phone-layout.tsx). */
export function AppHeader() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Layout.Header style={{ paddingInline: 24, position: 'sticky', top: 0, zIndex: 10 }}>
      <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          <span className="ggw-brand" style={{ fontSize: 18 }}>
            {t('app.name')}
          </span>
          <DemoDataTag />
        </Flex>
        <Flex align="center" gap={16} style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            <UserOutlined style={{ color: 'rgba(255,255,255,0.85)' }} />
            <UserInfo light />
          </Flex>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={auth.logout}>
            {t('header.logout')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
