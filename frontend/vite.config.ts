import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { modulesMocked } from './src/testing/modules-mocked';

const backend = process.env.GGW_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: the import graph scripts/weigh-first-load.mjs follows (./ggw bench web).
    manifest: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // React in a stable, cacheable chunk. Everything else is split automatically: each route
        // pulls only the antd components it uses, and ECharts stays in the lazy chart chunk (a
        // named group for it would also capture shared helpers and get preloaded by the entry).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    // antd tables in jsdom are slow on a loaded 2-core machine.
    testTimeout: 60000,
    // Both cores (Vitest's default leaves one to itself, which mostly waits).
    maxWorkers: 2,
    projects: [
      // Files that replace a module (vi.mock) get fresh modules and a fresh jsdom each.
      { extends: true, test: { name: 'isolated', include: modulesMocked } },
      // The rest share a worker's modules and jsdom between files (cleanup, msw and storage are reset per test
      // by setup-tests.ts): no second import of antd per file. with both cores, 301 s → 152 s on the 2-core machine.
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: modulesMocked, isolate: false },
      },
    ],
  },
});
