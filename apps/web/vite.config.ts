import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './vite/inline-graphql-documents';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  plugins: [inlineGraphqlDocuments(here('src/gql/graphql.ts')), vue()],
  // Every component uses <script setup>, so the Options API and prod devtools hooks are dead weight.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    // An array, longest first: '@persona-lab/survey-logic' would otherwise also match '/respondent'.
    alias: [
      {
        // The respondent form's zod-free entry.
        find: '@persona-lab/survey-logic/respondent',
        replacement: here('../../libs/survey-logic/src/respondent.ts'),
      },
      {
        find: '@persona-lab/survey-logic',
        replacement: here('../../libs/survey-logic/src/index.ts'),
      },
      { find: '@persona-lab/errors', replacement: here('../../libs/errors/src/index.ts') },
      { find: '@persona-lab/privacy', replacement: here('../../libs/privacy/src/index.ts') },
    ],
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Read by scripts/check-respondent-size.mjs to find the respondent chunk and what it imports.
    manifest: true,
  },
  server: {
    proxy: {
      '/graphql': api,
      '/api': api,
    },
  },
});
