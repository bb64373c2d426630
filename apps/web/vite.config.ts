import { realpathSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './vite/inline-graphql-documents';
import { pureInitializers } from './vite/pure-initializers';
import { respondentCopy } from './vite/respondent-copy';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://127.0.0.1:3000';
// Real paths, as module ids are (a symlinked checkout must still match).
const real = (path: string) => `${realpathSync(here(path))}/`;
const surveyLogic = real('../../libs/survey-logic/src');
const respondentDirs = [real('src/features/respondent')];

export default defineConfig({
  root: here('.'),
  plugins: [
    inlineGraphqlDocuments(here('src/gql/graphql.ts')),
    // survey-logic's zod schemas must not drag zod into the respondent chunk.
    respondentCopy({
      isRespondent: (id) => respondentDirs.some((dir) => id.startsWith(dir)),
      library: surveyLogic,
    }),
    pureInitializers((id) => id.startsWith(surveyLogic)),
    vue(),
  ],
  // Every component uses <script setup>, so the Options API and prod devtools hooks are dead weight.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: {
      '@persona-lab/errors': here('../../libs/errors/src/index.ts'),
      '@persona-lab/survey-logic': here('../../libs/survey-logic/src/index.ts'),
    },
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
