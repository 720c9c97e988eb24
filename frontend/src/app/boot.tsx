import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  LazyNetworkErrorResult as NetworkErrorResult,
  LazyQueryErrorResult as QueryErrorResult,
  LazySignInUnavailableResult as SignInUnavailableResult,
} from '@/components/lazy-results';
import { PageLoading } from '@/components/page-loading';
import { KeycloakAuthProvider, KeycloakUnreachableError } from '@/lib/auth';
import { clientConfigQueryOptions } from './api/get-client-config';

/** Learns where Keycloak is (GET /client-config), then signs the user in. */
export function Boot({ children }: { children: ReactNode }) {
  const config = useQuery(clientConfigQueryOptions);
  if (config.isPending) return <PageLoading />;
  if (config.isError) return <QueryErrorResult error={config.error} onRetry={() => void config.refetch()} />;
  return (
    <KeycloakAuthProvider
      config={config.data}
      loading={<PageLoading />}
      failed={(retry, error) =>
        error instanceof KeycloakUnreachableError ? (
          <SignInUnavailableResult onRetry={retry} />
        ) : (
          <NetworkErrorResult onRetry={retry} />
        )
      }
    >
      {children}
    </KeycloakAuthProvider>
  );
}
