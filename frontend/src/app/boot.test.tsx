import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/server';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './providers';
import { Boot } from './boot';

describe('Boot', () => {
  it('says that signing in is unavailable when Keycloak does not answer, with a retry', async () => {
    server.use(
      http.get('*/api/v1/client-config', () =>
        HttpResponse.json({
          keycloakUrl: 'http://kc-stopped',
          realm: 'ggw',
          clientId: 'ggw-spa',
          demoData: false,
        }),
      ),
      http.get('http://kc-stopped/realms/ggw/.well-known/openid-configuration', () => HttpResponse.error()),
    );

    render(
      <AppProviders queryClient={createQueryClient()}>
        <Boot>
          <p>signed in</p>
        </Boot>
      </AppProviders>,
    );

    expect(await screen.findByText('统一身份认证服务暂时无法连接')).toBeInTheDocument();
    expect(screen.getByText(/已经登录并打开的页面不受影响/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
    expect(screen.queryByText('signed in')).not.toBeInTheDocument();
  });
});
