import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/routes';
import { ErrorBoundary } from '@/components/error-boundary';
import { initI18n } from '@/lib/i18n';
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

/** Renders the application (loaded by main.tsx once the sign-in has settled). */
export async function mount() {
  await prepare();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
