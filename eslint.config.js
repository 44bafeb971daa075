import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-base',
      'node_modules',
      'test-results',
      'playwright-report',
      'playwright-report-engines',
      'lessons/*/original',
      'src/runtime/image/assembly',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
