import { useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { users } from '@/testing/fixtures';
import { server } from '@/testing/server';
import { api, call } from './api-client';
import { KeycloakAuthProvider, KeycloakUnreachableError } from './auth';
import { createQueryClient } from './query-client';

// keycloak-js is replaced at its module boundary, in this test only: a signed-in session.
const keycloak = vi.hoisted(() => ({
  init: vi.fn(() => Promise.resolve(true)),
  updateToken: vi.fn(() => Promise.resolve(false)),
  isTokenExpired: vi.fn(() => false),
  login: vi.fn(() => Promise.resolve()),
  logout: vi.fn(() => Promise.resolve()),
  token: 'kc-access-token',
  onTokenExpired: undefined as unknown,
}));
vi.mock('keycloak-js', () => ({
  default: vi.fn(function Keycloak() {
    return keycloak;
  }),
}));

/** Keycloak's discovery document, which the provider asks for before it sends anyone to sign in. */
function keycloakAnswers(realm: string) {
  server.use(
    http.get(`http://kc/realms/${realm}/.well-known/openid-configuration`, () =>
      HttpResponse.json({ issuer: 'http://kc' }),
    ),
  );
}

function FirstCall() {
  const me = useQuery({ queryKey: ['me'], queryFn: () => call(api.GET('/api/v1/me')) });
  return <p>{me.data ? me.data.displayName : 'waiting'}</p>;
}

describe('KeycloakAuthProvider', () => {
  it('signs in with PKCE S256 and sends the token on the very first API call', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return authorization
          ? HttpResponse.json(users.districtAdmin)
          : new HttpResponse(null, { status: 401 });
      }),
    );
    keycloakAnswers('ggw');
    const config = { keycloakUrl: 'http://kc', realm: 'ggw', clientId: 'ggw-spa', demoData: false };

    render(
      <AppProviders queryClient={createQueryClient()}>
        <KeycloakAuthProvider config={config} loading={<p>loading</p>} failed={() => <p>failed</p>}>
          <FirstCall />
        </KeycloakAuthProvider>
      </AppProviders>,
    );

    expect(await screen.findByText('王主任')).toBeInTheDocument();
    expect(authorization).toBe('Bearer kc-access-token');
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({ onLoad: 'login-required', pkceMethod: 'S256' }),
    );
  });

  it('does not send anyone to a sign-in page that cannot load: Keycloak unreachable is a failure of its own', async () => {
    server.use(
      http.get('http://kc/realms/down/.well-known/openid-configuration', () => HttpResponse.error()),
    );
    keycloak.init.mockClear();
    const config = { keycloakUrl: 'http://kc', realm: 'down', clientId: 'ggw-spa', demoData: false };

    render(
      <AppProviders queryClient={createQueryClient()}>
        <KeycloakAuthProvider
          config={config}
          loading={<p>loading</p>}
          failed={(_retry, error) => (
            <p>{error instanceof KeycloakUnreachableError ? 'keycloak unreachable' : 'other failure'}</p>
          )}
        >
          <FirstCall />
        </KeycloakAuthProvider>
      </AppProviders>,
    );

    expect(await screen.findByText('keycloak unreachable')).toBeInTheDocument();
    expect(keycloak.init).not.toHaveBeenCalled();
    expect(keycloak.login).not.toHaveBeenCalled();
  });

  it('keeps sending a token that has not expired while Keycloak cannot refresh it', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json(users.districtAdmin);
      }),
    );
    keycloakAnswers('refresh-down');
    keycloak.updateToken.mockRejectedValue(new Error('network'));
    keycloak.login.mockClear();
    const config = { keycloakUrl: 'http://kc', realm: 'refresh-down', clientId: 'ggw-spa', demoData: false };

    render(
      <AppProviders queryClient={createQueryClient()}>
        <KeycloakAuthProvider config={config} loading={<p>loading</p>} failed={() => <p>failed</p>}>
          <FirstCall />
        </KeycloakAuthProvider>
      </AppProviders>,
    );

    expect(await screen.findByText('王主任')).toBeInTheDocument();
    expect(authorization).toBe('Bearer kc-access-token');
    expect(keycloak.login).not.toHaveBeenCalled();
    keycloak.updateToken.mockResolvedValue(false);
  });
});
