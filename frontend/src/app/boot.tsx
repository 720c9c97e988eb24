import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NetworkErrorResult } from '@/components/network-error-result';
import { PageLoading } from '@/components/page-loading';
import { QueryErrorResult } from '@/components/query-error-result';
import { SignInUnavailableResult } from '@/components/sign-in-unavailable-result';
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
