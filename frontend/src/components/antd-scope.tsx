import { createContext, type ReactNode, Suspense, lazy, useContext } from 'react';
import { PageLoading } from './page-loading';

/** True below AntdProviders: a scope inside a scope adds nothing. */
export const AntdReady = createContext(false);

const AntdProviders = lazy(() => import('./antd-providers'));

/**
 * antd's theme, locale and message holders around `children`, fetched on first use: the phone shell and the
 * village home draw without antd, so a phone downloads it only for a screen that needs it.
 */
export function AntdScope({ children }: { children: ReactNode }) {
  const ready = useContext(AntdReady);
  return (
    <Suspense fallback={<PageLoading />}>
      {ready ? children : <AntdProviders>{children}</AntdProviders>}
    </Suspense>
  );
}
