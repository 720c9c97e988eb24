import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { meQueryOptions } from '@/app/api/get-me';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/routes';
import { ErrorBoundary } from '@/components/error-boundary';
import { setTokenSource } from '@/lib/api-client';
import type { Auth } from '@/lib/auth-context';
import { initI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import './styles.css';

let prepared: Promise<unknown> | undefined;

/**
 * Fetches the shell's words (one small bundle of the stored language) and the page the browser opened;
 * main.tsx calls it as soon as this chunk is there, while the sign-in is still finishing.
 */
export function prepare(): Promise<unknown> {
  if (!prepared) {
    // A failed fetch shows keys, not nothing.
    prepared = initI18n().catch(() => undefined);
    preloadRoute(window.location.pathname);
  }
  return prepared;
}

/**
 * Renders the application (loaded by main.tsx once the sign-in has settled). Signed in (`auth`), GET /me
 * starts at once, beside the first words, rather than after the first render: every screen waits for it.
 */
export async function mount(auth?: Auth) {
  const queryClient = createQueryClient();
  if (auth) {
    setTokenSource(auth.getToken); // KeycloakAuthProvider sets the same source again
    void queryClient.prefetchQuery(meQueryOptions);
  }
  await prepare();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App queryClient={queryClient} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
