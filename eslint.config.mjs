import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

// Libs depend downward only: search (reads every owner's search readers) → synthesis → personas → coding → {interviews, surveys} → {studies, notifications} → auth → mail → db.
// A lib may use the levels below its own, never a sibling on its level (interviews and surveys are siblings).
const levels = [['db'], ['mail'], ['auth'], ['studies', 'notifications'], ['interviews', 'surveys', 'feedback', 'analytics'], ['coding'], ['personas'], ['synthesis'], ['search']];
// The LLM client is infrastructure for the surveys (question understanding), coding and synthesis layers.
const usesLlm = new Set(['surveys', 'coding', 'synthesis', 'personas']);
const depConstraints = [
  { sourceTag: 'layer:shared', onlyDependOnLibsWithTags: ['layer:shared'] },
  ...levels.flatMap((level, i) =>
    level.map((layer) => ({
      sourceTag: `layer:${layer}`,
      onlyDependOnLibsWithTags: [
        'layer:shared',
        ...(usesLlm.has(layer) ? ['layer:llm'] : []),
        `layer:${layer}`,
        ...levels.slice(0, i).flat().map((l) => `layer:${l}`),
      ],
    })),
  ),
  { sourceTag: 'layer:llm', onlyDependOnLibsWithTags: ['layer:shared'] },
  { sourceTag: 'layer:web', onlyDependOnLibsWithTags: ['layer:shared', 'layer:web'] },
  { sourceTag: 'layer:app', onlyDependOnLibsWithTags: ['*'] },
];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/.data', 'apps/web/src/gql/**', '**/*.d.ts', 'test-results', 'playwright-report'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.ts', '**/*.vue', '**/*.mjs'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Production code never imports test code; only specs may (DESIGN.md: tests and their harnesses live in test/).
    files: ['libs/*/src/**/*.ts', 'apps/*/src/**/*.ts', 'apps/*/src/**/*.vue'],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vitest', 'vitest/*', '@vitest/*', '@vue/test-utils', '@persona-lab/fake-openai'],
              message: 'Test code stays out of production files: import it from specs or a test/ folder only.',
            },
            {
              group: ['**/test', '**/test/**', '**/testing', '**/testing/**'],
              message: 'Test code stays out of production files: import it from specs or a test/ folder only.',
            },
          ],
        },
      ],
    },
  },
  prettier,
];
