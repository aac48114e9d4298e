// Type-aware lint for the sources and tests: the rules that catch real bugs in async database
// code (floating or misused promises) on top of the recommended sets. Style is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const unusedUnderscore = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedUnderscore,
      // Database rows are `unknown` by nature; String() on them is the intended conversion.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests parse JSON and drive child processes: the type-aware `no-unsafe-*` family would be
    // noise there, but a promise left floating in a test is still a bug.
    files: ['__tests__/**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedUnderscore,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
