/**
 * Test files that vi.mock a module. They run isolated (fresh modules and jsdom per file): a mocked module must not
 * leak into, or be cached by, another file. Every other file shares its worker's modules (vite.config.ts).
 * modules-mocked.test.ts fails when a file mocks a module and is not listed here.
 */
export const modulesMocked = [
  'src/lib/auth.test.tsx',
  'src/features/committees/routes/committees.test.tsx',
  'src/features/trainings/routes/trainings.test.tsx',
  'src/features/dashboard/routes/dashboard.test.tsx',
];
