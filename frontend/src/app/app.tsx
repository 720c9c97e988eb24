import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { Boot } from './boot';
import { AppProviders } from './providers';
import { createRoutes } from './router';

/** Created only after sign-in, so the router starts from the URL keycloak-js has cleaned up. */
function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createRoutes()));
  return <RouterProvider router={router} />;
}

/** `queryClient`: mount.tsx's, which may already be fetching GET /me. */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <AppProviders queryClient={queryClient}>
      <Boot>
        <AppRouter />
      </Boot>
    </AppProviders>
  );
}
