import { LogoutOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth-context';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';
import { UserInfo } from './user-info';

/** Phones: the menu slides up from the bottom, within reach of the thumb; a long menu scrolls inside the sheet. */
export function MobileNavDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Drawer
      placement="bottom"
      open={open}
      onClose={onClose}
      title={<UserInfo />}
      size="85%"
      styles={{ body: { padding: 12 } }}
    >
      <NavMenu large onNavigate={onClose} />
      <Divider style={{ margin: '12px 0' }} />
      <Flex vertical gap={12}>
        <LanguageSwitch block />
        <Button size="large" block icon={<LogoutOutlined />} onClick={auth.logout}>
          {t('header.logout')}
        </Button>
      </Flex>
    </Drawer>
  );
}
