import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { server } from '@/testing/server';
import { testAuth } from '@/testing/test-auth-provider';

const unauthorized = http.get('*/api/v1/me', () =>
  HttpResponse.json({ status: 401, title: '未登录', detail: '访问令牌无效' }, { status: 401 }),
);

describe('user gate', () => {
  beforeEach(() => {
    sessionStorage.clear();
    testAuth.login.mockClear();
  });

  it('signs in again when the API answers 401', async () => {
    server.use(unauthorized);
    renderApp({ path: '/' });
    await waitFor(() => expect(testAuth.login).toHaveBeenCalledTimes(1));
  });

  it('shows an error instead of looping when the API still answers 401 right after signing in', async () => {
    sessionStorage.setItem('ggw.reloginAt', String(Date.now()));
    server.use(unauthorized);
    renderApp({ path: '/' });
    expect(await screen.findByText('访问令牌无效')).toBeInTheDocument();
    expect(testAuth.login).not.toHaveBeenCalled();
  });
});
