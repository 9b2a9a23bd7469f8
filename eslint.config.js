// ESLint for the whole workspace (`pnpm lint`). typescript-eslint's recommended rules
// without type information, so a run stays a few seconds; `pnpm -r typecheck` does the types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The dashboard's apps, one per entry page: dashboard/src/<app>/. */
const APPS = ['wall', 'staff', 'graphiql'];

/** The institution field list, written once for the server and the staff pages, and the dashboard's one importer of it. */
const FIELD_LIST = 'server/src/childcare/institution.fields.ts';
const FIELD_LIST_IMPORTER = 'dashboard/src/staff/institutions/field-list.ts';
const SERVER_IMPORTS = {
  regex: '^(\\.\\./)+server/',
  message: `The dashboard does not import server code; the institution field list comes through ${FIELD_LIST_IMPORTER}.`,
};

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/.data/',
    '.node/',
    '**/coverage/',
    '**/test-results/',
    'schema/schema.graphql',
    '**/*.d.ts',
  ]),
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The code asserts non-null after a check the compiler cannot follow (map lookups, regex groups).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['dashboard/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  // One folder per entry page (wall/, staff/, graphiql/) and shared/: an app imports only
  // itself and shared/, and shared/ imports no app (README "Folders").
  // And no room imports the server's code, but for the one module that brings the
  // institution field list over (staff/institutions/field-list.ts says why).
  ...[...APPS, 'shared'].map((room) => ({
    files: [`dashboard/src/${room}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [crossRoomImports(room), SERVER_IMPORTS] }],
    },
  })),
  {
    files: [FIELD_LIST_IMPORTER],
    rules: {
      'no-restricted-imports': ['error', { patterns: [crossRoomImports('staff'), { ...SERVER_IMPORTS, regex: `^(\\.\\./)+server/(?!src/childcare/institution\\.fields$)` }] }],
    },
  },
  // The field list the dashboard bundles stays plain data: type-only imports, nothing re-exported from elsewhere.
  {
    files: [FIELD_LIST],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[importKind!='type']", message: 'institution.fields.ts imports types only (import type): the staff pages bundle it.' },
        { selector: "ExportNamedDeclaration[source][exportKind!='type'], ExportAllDeclaration[exportKind!='type']", message: 'institution.fields.ts re-exports types only: the staff pages bundle it.' },
      ],
    },
  },
]);

/** Relative imports that climb out of `room` into an app other than itself (every room may import shared/). */
function crossRoomImports(room) {
  const others = APPS.filter((app) => app !== room);
  return {
    regex: `^(\\.\\./)+(${others.join('|')})(/|$)`,
    message: room === 'shared' ? 'shared/ is used by every app and imports none of them.' : `${room}/ imports only itself and shared/: move what two apps use into dashboard/src/shared/.`,
  };
}
