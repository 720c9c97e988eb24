import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { ErrorBoundary } from '@/components/error-boundary';
import { initI18n } from '@/lib/i18n';
import './styles.css';

/** Renders the application (loaded by main.tsx once the sign-in has settled). */
export async function mount() {
  // The shell's words first (one small bundle of the stored language); a failed fetch shows keys, not nothing.
  await initI18n().catch(() => undefined);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
