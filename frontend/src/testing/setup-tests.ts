import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { changeLanguage, initI18n } from '@/lib/i18n';
import { resources } from '@/locales/resources';
import { installBrowserStubs } from './browser-stubs';
import { resetDb } from './db';
import { server } from './server';

installBrowserStubs();
// Lazy route chunks and antd's first render are slow on a loaded 2-core machine.
configure({ asyncUtilTimeout: 15000 });
void initI18n('zh-CN', resources);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  resetDb();
  localStorage.clear();
  await changeLanguage('zh-CN');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
