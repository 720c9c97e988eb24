import { type ReactNode, useEffect, useState } from 'react';
import type { ClientConfig } from '@/api/types';
import { setTokenSource } from './api-client';
import { type Auth, AuthContext } from './auth-context';
import { retryKeycloak, startKeycloak } from './keycloak-session';

export { KeycloakUnreachableError } from './keycloak-session';

const refreshIntervalMs = 30_000;

interface Props {
  config: ClientConfig;
  loading: ReactNode;
  failed: (retry: () => void, error: unknown) => ReactNode;
  children: ReactNode;
}

/** Signs the user in with keycloak-js (authorization code + PKCE S256) before rendering children. */
export function KeycloakAuthProvider({ config, loading, failed, children }: Props) {
  const [auth, setAuth] = useState<Auth | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    startKeycloak(config).then(
      (ready) => {
        // Before anything renders that may call the API (child effects run before a parent's).
        setTokenSource(ready.getToken);
        if (!cancelled) setAuth(ready);
      },
      (e: unknown) => !cancelled && setError(e ?? new Error('Keycloak init failed')),
    );
    return () => {
      cancelled = true;
    };
  }, [config]);

  // Keep the session alive while the page is open, not only when the API is called.
  useEffect(() => {
    if (!auth) return;
    const timer = window.setInterval(() => void auth.getToken(), refreshIntervalMs);
    return () => window.clearInterval(timer);
  }, [auth]);

  if (error) return failed(retryKeycloak, error);
  if (!auth) return loading;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
