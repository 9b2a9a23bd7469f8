import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import path from 'node:path';

// One copy of graphql for everything the tests load: two copies break schema building.
// Node loads graphql's CommonJS main for type-graphql; Vite would pick its ESM build for
// our own files, so point both at the CommonJS main.
const require = createRequire(path.resolve('server/package.json'));
const graphqlMain = require.resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      'dashboard/vitest.config.ts',
      {
        extends: true,
        test: { name: 'server', root: 'server', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'blackbox',
          root: 'test',
          include: ['blackbox/**/*.test.ts'],
          globalSetup: ['support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Hostile clients and faults against the real server (pnpm test:reliability);
          // part of pnpm test, so CI runs it.
          name: 'reliability',
          root: 'test',
          include: ['reliability/**/*.test.ts'],
          globalSetup: ['support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The wall in headless Chromium against the real server (needs /usr/bin/chromium
          // or CHROMIUM_PATH); its setup also builds dashboard/dist once.
          name: 'e2e',
          root: 'test',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
