import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import path from 'node:path';

// One copy of graphql for everything the tests load: two copies break schema building.
const require = createRequire(path.resolve('server/package.json'));
const graphqlPath = path.dirname(require.resolve('graphql/package.json'));

export default defineConfig({
  resolve: { alias: { graphql: graphqlPath } },
  test: {
    projects: [
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
    ],
  },
});
