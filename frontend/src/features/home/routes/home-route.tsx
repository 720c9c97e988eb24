import {
  AuditOutlined,
  ClusterOutlined,
  EditOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import { NoUnitResult } from '@/components/no-unit-result';
import { useCurrentUser } from '@/lib/current-user';
import { MyUnitCard } from '../components/my-unit-card';

const LeaderDashboard = lazy(() =>
  import('@/features/dashboard/routes/leader-dashboard').then((m) => ({ default: m.LeaderDashboard })),
);

/** Those whose home page is the leaders' dashboard; village staff keep the page made for them. */
const DASHBOARD_ROLES = ['district-admin', 'district-viewer', 'township-staff'] as const;

/**
 * 首页: the leaders' dashboard for district and township accounts; for village staff a greeting,
 * 记活动 one tap away and their own unit.
 */
export function HomeRoute() {
  const me = useCurrentUser();
  if (me.unit && DASHBOARD_ROLES.some((role) => me.roles.includes(role))) return <LeaderDashboard />;
  return <StaffHome />;
}

function StaffHome() {
  const { t } = useTranslation(['home', 'common']);
  const me = useCurrentUser();
  const admin = me.roles.includes('district-admin');
  // Those who log the 五老's work get it one tap from the home page (village staff on phones).
  const logs = (['district-admin', 'township-staff', 'village-staff'] as const).some((role) =>
    me.roles.includes(role),
  );

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      </div>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('myUnit')}
      </Typography.Title>
      {logs && me.unit && (
        <LinkButton
          to="/activities/new"
          type="primary"
          size="large"
          icon={<EditOutlined />}
          style={{ height: 56, fontSize: 18 }}
        >
          {t('common:nav.logActivity')}
        </LinkButton>
      )}
      {me.unit ? <MyUnitCard unitId={me.unit.id} /> : <NoUnitResult />}
      {me.unit && me.roles.includes('village-staff') && (
        <Card title={t('quickLinks')} size="small">
          <Flex gap={8} wrap>
            <LinkButton to="/committees/mine" size="large" icon={<ClusterOutlined />}>
              {t('common:nav.committeeTeam')}
            </LinkButton>
            <LinkButton to="/volunteers" size="large" icon={<SolutionOutlined />}>
              {t('common:nav.volunteers')}
            </LinkButton>
          </Flex>
        </Card>
      )}
      {admin && (
        <Card title={t('quickLinks')} size="small">
          <Flex gap={8} wrap>
            <LinkButton to="/accounts" size="large" icon={<TeamOutlined />}>
              {t('common:nav.accounts')}
            </LinkButton>
            <LinkButton to="/audit" size="large" icon={<AuditOutlined />}>
              {t('common:nav.audit')}
            </LinkButton>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
