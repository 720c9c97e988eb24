import type { RouteObject } from 'react-router';
import { AntdScope } from '@/components/antd-scope';
import { LazyNotFoundResult as NotFoundResult } from '@/components/lazy-results';
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
        ...appRoutes.map(({ path, Component, access, light }) => ({
          path,
          element: (
            <RequireAccess access={access}>
              {light ? (
                <Component />
              ) : (
                <AntdScope>
                  <Component />
                </AntdScope>
              )}
            </RequireAccess>
          ),
        })),
        { path: '*', element: <NotFoundResult /> },
      ],
    },
  ];
}
