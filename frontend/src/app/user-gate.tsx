import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { PageLoading } from '@/components/page-loading';
import {
  LazyQueryErrorResult as QueryErrorResult,
  LazyUnexpectedErrorResult as UnexpectedErrorResult,
} from '@/components/lazy-results';
import { isApiError, problemText } from '@/lib/api-error';
import { useAuth } from '@/lib/auth-context';
import { CurrentUserContext } from '@/lib/current-user';
import { meQueryOptions } from './api/get-me';

const reloginKey = 'ggw.reloginAt';
const reloginPauseMs = 60_000;

function lastRelogin(): number {
  try {
    return Number(sessionStorage.getItem(reloginKey) ?? 0);
  } catch {
    return 0;
  }
}

function markRelogin() {
  try {
    sessionStorage.setItem(reloginKey, String(Date.now()));
  } catch {
    // Without storage the loop guard is off; signing in still works.
  }
}

/** Loads GET /me once; everything below may call useCurrentUser(). */
export function UserGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const me = useQuery(meQueryOptions);
  // A 401 means the session is gone: sign in again — but only once a minute, so a token the
  // API keeps refusing (e.g. a wrong audience) shows an error instead of a redirect loop.
  const [mayRelogin] = useState(() => Date.now() - lastRelogin() > reloginPauseMs);
  const unauthenticated = me.isError && isApiError(me.error, 401);

  useEffect(() => {
    if (unauthenticated && mayRelogin) {
      markRelogin();
      auth.login();
    }
  }, [unauthenticated, mayRelogin, auth]);

  if (unauthenticated && !mayRelogin) return <UnexpectedErrorResult detail={problemText(me.error)} />;
  if (me.isPending || unauthenticated) return <PageLoading />;
  if (me.isError) return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
