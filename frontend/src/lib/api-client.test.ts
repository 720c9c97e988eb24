import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/server';
import { api, call, setTokenSource } from './api-client';
import { ApiError, NetworkError } from './api-error';
import { changeLanguage } from './i18n';

describe('api client', () => {
  it('sends the bearer token and the UI language', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get('*/api/v1/client-config', ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ keycloakUrl: 'k', realm: 'r', clientId: 'c', demoData: false });
      }),
    );
    setTokenSource(() => Promise.resolve('abc'));
    await changeLanguage('en');

    await call(api.GET('/api/v1/client-config'));

    expect(seen?.get('Authorization')).toBe('Bearer abc');
    expect(seen?.get('Accept-Language')).toBe('en');
  });

  it('turns a problem+json answer into an ApiError with the problem', async () => {
    server.use(
      http.get('*/api/v1/me', () =>
        HttpResponse.json({ status: 403, title: '禁止访问', detail: '无权限' }, { status: 403 }),
      ),
    );
    const error = await call(api.GET('/api/v1/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).problem.detail).toBe('无权限');
  });

  it('turns an unreachable server into a NetworkError', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.error()));
    await expect(call(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(NetworkError);
  });
});
