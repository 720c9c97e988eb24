import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AntdScope } from '@/components/antd-scope';
import { LazyNoUnitResult as NoUnitResult } from '@/components/lazy-results';
import { useCurrentUser } from '@/lib/current-user';
import { MyUnitCard } from '../components/my-unit-card';

const LeaderDashboard = lazy(() =>
  import('@/features/dashboard/routes/leader-dashboard').then((m) => ({ default: m.LeaderDashboard })),
);

/** Those whose home page is the leaders' dashboard; village staff keep the page made for them. */
const DASHBOARD_ROLES = ['district-admin', 'district-viewer', 'township-staff'] as const;

/**
 * 首页: the leaders' dashboard for district and township accounts; for village staff a greeting,
 * 记活动 one tap away and their own unit — in plain elements (styles.css), so that a phone shows it
 * without downloading antd.
 */
export function HomeRoute() {
  const me = useCurrentUser();
  if (me.unit && DASHBOARD_ROLES.some((role) => me.roles.includes(role))) {
    return (
      <AntdScope>
        <LeaderDashboard />
      </AntdScope>
    );
  }
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
  const links: [to: string, key: 'committeeTeam' | 'volunteers' | 'accounts' | 'audit'][] = [];
  if (me.unit && me.roles.includes('village-staff')) {
    links.push(['/committees/mine', 'committeeTeam'], ['/volunteers', 'volunteers']);
  }
  if (admin) links.push(['/accounts', 'accounts'], ['/audit', 'audit']);
  const quickLinks = links.map(([to, key]) => (
    <Link key={to} to={to} className="ggw-button">
      {t(`common:nav.${key}`)}
    </Link>
  ));

  return (
    <div className="ggw-stack">
      <div>
        <h2 className="ggw-title">{t('welcome', { name: me.displayName })}</h2>
        <p className="ggw-secondary">{t('subtitle')}</p>
      </div>
      <h3 className="ggw-subtitle">{t('myUnit')}</h3>
      {logs && me.unit && (
        <Link to="/activities/new" className="ggw-button ggw-button-primary ggw-button-hero">
          {t('common:nav.logActivity')}
        </Link>
      )}
      {me.unit ? <MyUnitCard unitId={me.unit.id} /> : <NoUnitResult />}
      {quickLinks.length > 0 && (
        <section className="ggw-card" aria-labelledby="home-quick-links">
          <h4 id="home-quick-links" className="ggw-card-title">
            {t('quickLinks')}
          </h4>
          <div className="ggw-row">{quickLinks}</div>
        </section>
      )}
    </div>
  );
}
