import type { RouteObject } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';
import { AppLayout } from './layout/app-layout';
import { RequireAccess } from './require-access';
import { RouteError } from './route-error';
import { appRoutes } from './routes';
import { UserGate } from './user-gate';

/** The route tree; main.tsx mounts it in a browser router, tests in a memory router. */
export function createRoutes(): RouteObject[] {
  return [
    {
      element: (
        <UserGate>
          <AppLayout />
        </UserGate>
      ),
      errorElement: <RouteError />,
      children: [
        ...appRoutes.map(({ path, Component, access }) => ({
          path,
          element: (
            <RequireAccess access={access}>
              <Component />
            </RequireAccess>
          ),
        })),
        { path: '*', element: <NotFoundResult /> },
      ],
    },
  ];
}
