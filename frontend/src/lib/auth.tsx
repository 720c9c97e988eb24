import Keycloak from 'keycloak-js';
import { type ReactNode, useEffect, useState } from 'react';
import type { ClientConfig } from '@/api/types';
import { setTokenSource } from './api-client';
import { type Auth, AuthContext } from './auth-context';

/** Refresh when the token has less than this many seconds left. */
const minValiditySeconds = 60;
const refreshIntervalMs = 30_000;

function authFor(keycloak: Keycloak): Auth {
  return {
    async getToken() {
      try {
        await keycloak.updateToken(minValiditySeconds);
      } catch {
        // The session is over (expired or logged out elsewhere): sign in again.
        void keycloak.login();
        return undefined;
      }
      return keycloak.token;
    },
    login: () => void keycloak.login(),
    logout: () => void keycloak.logout({ redirectUri: `${window.location.origin}/` }),
  };
}

// One keycloak-js instance per page: init() may only run once (StrictMode runs effects twice).
let started: { key: string; ready: Promise<Auth> } | undefined;

function startKeycloak(config: ClientConfig): Promise<Auth> {
  const key = `${config.keycloakUrl}|${config.realm}|${config.clientId}`;
  if (started?.key === key) return started.ready;
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => void keycloak.updateToken(minValiditySeconds).catch(() => keycloak.login());
  const ready = keycloak
    // Tokens stay in this page's memory: keycloak-js writes none of them to web storage.
    .init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false })
    .then(() => {
      const auth = authFor(keycloak);
      // Before anything renders that may call the API (child effects run before a parent's).
      setTokenSource(auth.getToken);
      return auth;
    });
  started = { key, ready };
  return ready;
}

/** After a failed start (Keycloak unreachable), the next attempt builds a fresh instance. */
function retryKeycloak() {
  started = undefined;
  window.location.reload();
}

interface Props {
  config: ClientConfig;
  loading: ReactNode;
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Signs the user in with keycloak-js (authorization code + PKCE S256) before rendering children. */
export function KeycloakAuthProvider({ config, loading, failed, children }: Props) {
  const [auth, setAuth] = useState<Auth | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    startKeycloak(config).then(
      (ready) => !cancelled && setAuth(ready),
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

  if (error) return failed(retryKeycloak);
  if (!auth) return loading;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
