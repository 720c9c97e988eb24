import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'accounts',
  'audit',
  'committees',
  'exemplars',
  'hierarchy',
  'home',
  'volunteers',
  'volunteer-activities',
  'volunteer-imports',
];
// Declared exceptions: the activity log and the exemplar nomination pick people through the volunteers' API hooks.
const allowed = {
  'volunteer-activities': ['volunteers'],
  exemplars: ['volunteers'],
  // 补缺 finds people through the register's search.
  committees: ['volunteers'],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Imports flow one way: app → features → shared (api, components, hooks, lib, locales).
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '@/app'], message: 'Features must not import from the app layer.' },
            {
              group: features
                .filter((f) => f !== feature)
                .flatMap((f) =>
                  allowed[feature]?.includes(f)
                    ? [`@/features/${f}/*`, `!@/features/${f}/api`]
                    : [`@/features/${f}/*`],
                ),
              message: 'Features must not import each other; move shared code to src/components or src/lib.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/{api,components,hooks,lib}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/features/*'],
              message: 'Shared code must not import app or feature code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
