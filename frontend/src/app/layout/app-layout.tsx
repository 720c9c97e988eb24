import { Suspense, lazy } from 'react';
import { useLocation } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { isPhone, useIsMobile } from '@/hooks/use-is-mobile';
import { PhoneLayout } from './phone-layout';
import { usePageTitle } from './use-page-title';

// The desktop shell (antd's Layout and Menu) is a chunk of its own: a phone never downloads it, a desk
// starts fetching it at once, while the user is being loaded.
const loadDesktopLayout = () => import('./desktop-layout');
if (!isPhone()) void loadDesktopLayout();
const DesktopLayout = lazy(() => loadDesktopLayout().then((m) => ({ default: m.DesktopLayout })));

/** The shell: side menu on a desk; on phones a light header whose menu slides up from the bottom. */
export function AppLayout() {
  const mobile = useIsMobile();
  const { pathname } = useLocation();
  usePageTitle(pathname);
  if (mobile) return <PhoneLayout />;
  return (
    <Suspense fallback={<PageLoading />}>
      <DesktopLayout />
    </Suspense>
  );
}
