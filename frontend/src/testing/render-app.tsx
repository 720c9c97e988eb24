import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me } from '@/api/types';
import { AppProviders } from '@/app/providers';
import { createRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { setViewportWidth } from './browser-stubs';
// The desktop shell and antd's providers are lazy in the app; loaded here with the test file, as the app's
// static imports were, their first import does not count against the first test's waiting time.
import '@/app/layout/desktop-layout';
import '@/components/antd-providers';
import { db } from './db';
import { users } from './fixtures';
import { TestAuthProvider } from './test-auth-provider';

interface Options {
  path?: string;
  user?: Me;
  /** Viewport width in px; 390 is a phone. */
  width?: number;
}

/** Renders the whole app (routes, layout, providers) at a path, signed in as `user`. */
export function renderApp({ path = '/', user = users.districtAdmin, width = 1280 }: Options = {}) {
  setViewportWidth(width);
  db.me = user;
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const view = render(
    // No animations: what a test waits for is there at once.
    <ConfigProvider theme={{ token: { motion: false } }}>
      <AppProviders queryClient={queryClient}>
        <TestAuthProvider>
          <RouterProvider router={router} />
        </TestAuthProvider>
      </AppProviders>
    </ConfigProvider>,
  );
  return { ...view, router, queryClient, user: userEvent.setup() };
}
