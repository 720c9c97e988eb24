import type { ReactNode } from 'react';
import { LazyForbiddenResult as ForbiddenResult } from '@/components/lazy-results';
import { type Access, canAccess, useCurrentUser } from '@/lib/current-user';

/** Shows the 403 page when the signed-in user lacks what the route declares. */
export function RequireAccess({ access, children }: { access?: Access; children: ReactNode }) {
  const me = useCurrentUser();
  return canAccess(me, access) ? children : <ForbiddenResult />;
}
