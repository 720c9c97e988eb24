import { defineConfig, devices } from '@playwright/test';

// Runs against the packaged app with the real Keycloak and the demo data, started by `./ggw test`.
const baseURL = process.env.GGW_E2E_BASE_URL ?? 'http://localhost:8082';

// Debian's chromium: `npx playwright install` cannot download a browser on these machines.
const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The seed report's figures are read before any other spec changes the demo (filling a vacancy adds to them).
    {
      name: 'seed-figures',
      testDir: './e2e/seed',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'desktop',
      testDir: './e2e/desktop',
      dependencies: ['seed-figures'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'mobile',
      testDir: './e2e/mobile',
      dependencies: ['seed-figures'],
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
});
