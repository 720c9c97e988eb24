import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, VolunteerDetail } from '@/api/types';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { CareRecordsPanel } from './care-records-panel';
import { VolunteerActivitiesPanel } from './volunteer-activities-panel';

/** Roles that may log and delete activities and care records (not the read-only leader). */
export const activityWriterRoles: readonly Role[] = ['district-admin', 'township-staff', 'village-staff'];

/** 活动记录 and 关爱记录 of one person, as tabs under the person's detail. */
export function VolunteerActivitySections({ volunteer }: { volunteer: VolunteerDetail }) {
  const { t } = useTranslation('activities');
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const canWrite = activityWriterRoles.some((role) => me.roles.includes(role));

  return (
    <Card size="small">
      <Tabs
        size={mobile ? 'large' : 'middle'}
        items={[
          {
            key: 'activities',
            label: t('activities'),
            children: <VolunteerActivitiesPanel volunteer={volunteer} canWrite={canWrite} mobile={mobile} />,
          },
          {
            key: 'care',
            label: t('care'),
            children: <CareRecordsPanel volunteer={volunteer} canWrite={canWrite} />,
          },
        ]}
      />
    </Card>
  );
}
