import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * What every screen needs. antd's providers are not here: they come with the first screen that uses antd
 * (components/antd-scope.tsx), so the phone shell and the village home load without them.
 */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
