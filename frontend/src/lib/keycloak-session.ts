/**
 * Signing in with Keycloak, without React, antd or the API client: the page's entry (main.tsx) starts it
 * before the application is downloaded, so a visitor who is not signed in is sent to the sign-in page
 * after a few kilobytes instead of after the whole application has booted.
 */
import Keycloak from 'keycloak-js';
import type { ClientConfig } from '@/api/types';
import type { Auth } from './auth-context';

/** Refresh when the token has less than this many seconds left. */
const minValiditySeconds = 60;
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

export function startKeycloak(config: ClientConfig): Promise<Auth> {
  const key = `${config.keycloakUrl}|${config.realm}|${config.clientId}`;
  if (started?.key === key) return started.ready;
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => void keycloak.updateToken(minValiditySeconds).catch(() => keycloak.login());
  // Back from Keycloak with a code, Keycloak has just answered: no probe, the code goes to it at once.
  const reachable = returningFromSignIn() ? Promise.resolve() : probe(config);
  const ready = reachable
    // Tokens stay in this page's memory: keycloak-js writes none of them to web storage.
    .then(() => keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false }))
    .then(() => authFor(keycloak));
  started = { key, ready };
  return ready;
}

/** After a failed start (Keycloak unreachable), the next attempt builds a fresh instance. */
export function retryKeycloak() {
  started = undefined;
  window.location.reload();
}

/**
 * Unauthenticated GET /api/v1/client-config with plain fetch (the API client lives in the app bundle). A plain
 * GET without headers of its own, so that it takes the answer index.html's `<link rel="preload">` has been
 * fetching since the page began.
 */
async function fetchClientConfig(): Promise<ClientConfig> {
  const response = await globalThis.fetch('/api/v1/client-config');
  if (!response.ok) throw new Error(`client-config: ${response.status}`);
  return (await response.json()) as ClientConfig;
}

let early: Promise<ClientConfig> | undefined;

/** The client config beginSignIn fetched, handed over once (Boot's query takes it instead of asking again). */
export function takeEarlyClientConfig(): Promise<ClientConfig> | undefined {
  const config = early;
  early = undefined;
  return config;
}

/**
 * Starts the sign-in at once: keycloak-js sends a visitor without a session to Keycloak (the promise never
 * settles then). It settles when the visitor is signed in, or fails (Keycloak away, no client config): the
 * application then loads and shows why, through KeycloakAuthProvider, which reuses this same start.
 */
export function beginSignIn(): Promise<Auth> {
  early = fetchClientConfig();
  return early.then(startKeycloak);
}

/** Back from Keycloak with an authorization code (in the fragment or the query). */
export function returningFromSignIn(): boolean {
  return /[#?&]code=/.test(window.location.href);
}
