import { lazy, Suspense } from 'react';
import { AntdScope } from '@/components/antd-scope';
import { PageLoading } from '@/components/page-loading';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { VolunteersPhone } from '../components/volunteers-phone';
import { useVolunteerList } from '../lib/use-volunteer-list';

// The desk's page (antd's Card, Table, Select) is a chunk of its own: a phone never downloads it.
const VolunteersDesk = lazy(() =>
  import('../components/volunteers-desk').then((m) => ({ default: m.VolunteersDesk })),
);

/**
 * 五老队伍: the register within the caller's scope; a table on desktop, cards on phones. A light route
 * (routes.tsx): the phone's page is plain elements, the desk's brings antd with it.
 */
export function VolunteersRoute() {
  const mobile = useIsMobile();
  const list = useVolunteerList();
  if (mobile) return <VolunteersPhone {...list} />;
  return (
    <AntdScope>
      <Suspense fallback={<PageLoading />}>
        <VolunteersDesk {...list} />
      </Suspense>
    </AntdScope>
  );
}
