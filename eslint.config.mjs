import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

// Libs depend downward only: personas → synthesis → coding → surveys → interviews → auth → db.
const layers = ['db', 'auth', 'interviews', 'surveys', 'coding', 'synthesis', 'personas'];
const depConstraints = [
  { sourceTag: 'layer:shared', onlyDependOnLibsWithTags: ['layer:shared'] },
  ...layers.map((layer, i) => ({
    sourceTag: `layer:${layer}`,
    // The LLM client is infrastructure for the surveys (question understanding), coding and synthesis layers.
    onlyDependOnLibsWithTags: ['layer:shared', ...(i >= 3 ? ['layer:llm'] : []), ...layers.slice(0, i + 1).map((l) => `layer:${l}`)],
  })),
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
  prettier,
];
