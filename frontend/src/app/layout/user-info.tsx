import { UserOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';

/** The signed-in user's name and unit, as shown in the header. */
export function UserInfo({ light }: { light?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const color = light ? 'rgba(255,255,255,0.85)' : undefined;
  return (
    <Flex gap={8} align="center" style={{ minWidth: 0 }}>
      <UserOutlined style={{ color }} />
      <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
        <Typography.Text strong ellipsis style={{ color }}>
          {me.displayName}
        </Typography.Text>
        <Typography.Text ellipsis style={{ color, fontSize: 12 }}>
          {me.unit?.name ?? t('result.noUnitTitle')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
