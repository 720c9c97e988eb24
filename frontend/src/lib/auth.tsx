import Keycloak from 'keycloak-js';
import { type ReactNode, useEffect, useState } from 'react';
import type { ClientConfig } from '@/api/types';
import { setTokenSource } from './api-client';
import { type Auth, AuthContext } from './auth-context';

/** Refresh when the token has less than this many seconds left. */
const minValiditySeconds = 60;
const refreshIntervalMs = 30_000;
const probeTimeoutMs = 5_000;

/** Keycloak itself cannot be reached: no sign-in can start (a page already signed in goes on working). */
export class KeycloakUnreachableError extends Error {
  constructor() {
    super('Keycloak cannot be reached');
    this.name = 'KeycloakUnreachableError';
  }
}

/**
 * Whether Keycloak answers at all. keycloak-js would otherwise send the browser to a login page that
 * does not load, leaving people with the browser's own error instead of a word from us. An opaque
 * (no-cors) request is enough: it fails only when nothing answers.
 */
async function probe(config: ClientConfig): Promise<void> {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), probeTimeoutMs);
  try {
    await globalThis.fetch(
      `${config.keycloakUrl}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`,
      {
        mode: 'no-cors',
        cache: 'no-store',
        signal: controller.signal,
      },
    );
  } catch {
    throw new KeycloakUnreachableError();
  } finally {
    window.clearTimeout(timer);
  }
}

function authFor(keycloak: Keycloak): Auth {
  return {
    async getToken() {
      try {
        await keycloak.updateToken(minValiditySeconds);
      } catch {
        // Keycloak away for a moment: the token we hold is still good until it expires.
        if (keycloak.token && !keycloak.isTokenExpired()) return keycloak.token;
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
  const ready = probe(config)
    // Tokens stay in this page's memory: keycloak-js writes none of them to web storage.
    .then(() => keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false }))
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

  if (error) return failed(retryKeycloak, error);
  if (!auth) return loading;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
