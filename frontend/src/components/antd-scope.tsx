import { createContext, type ReactNode, Suspense, lazy, useContext } from 'react';
import { PageLoading } from './page-loading';

/** True below AntdProviders: a scope inside a scope adds nothing. */
export const AntdReady = createContext(false);

const loadAntdProviders = () => import('./antd-providers');
const AntdProviders = lazy(loadAntdProviders);

/** Starts fetching antd's providers ahead of need, e.g. when a phone's menu opens on the way to a page. */
export function preloadAntd() {
  void loadAntdProviders();
}

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
