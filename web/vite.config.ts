import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { splitGqlDocuments } from './build/split-gql-documents.ts';

const api = 'http://localhost:3000';

/**
 * `graphql(`…`)` calls become imports of their own document from src/gql/graphql.ts, so a chunk
 * carries only the documents it uses instead of the codegen map of every document in the app.
 */
const graphqlDocuments = defineRolldownBabelPreset({
  preset: {
    plugins: [
      [
        babelOptimizerPlugin,
        { artifactDirectory: fileURLToPath(new URL('./src/gql', import.meta.url)), gqlTagName: 'graphql' },
      ],
    ],
  },
  rolldown: { filter: { id: { exclude: /\/src\/gql\// }, code: 'graphql(`' } },
});

export default defineConfig({
  plugins: [
    react(),
    babel({ presets: [graphqlDocuments] }),
    splitGqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))),
  ],
  resolve: {
    // rxjs (under Apollo Client) then ships its ES2015 build: native classes, no tslib helpers.
    conditions: [...defaultClientConditions, 'es2015'],
    alias: {
      '@baton/shared': fileURLToPath(new URL('../libs/shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Every current browser preloads modules natively.
    modulePreload: { polyfill: false },
    // The initial file is one chunk by design; its size is held by bundle-budget.json (npm run size).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the page needs before any route, as one file: one request, and gzip compresses it
          // better whole than as a dozen shared pieces. Routes stay in chunks of their own.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
});
