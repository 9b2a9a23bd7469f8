/**
 * Every module holding operations the dashboard sends, by path under src/: the schema check
 * (scripts/operations-valid.test.ts) and the type generator (scripts/codegen.ts) read them from here.
 * Tests and scripts only; the app imports the modules themselves.
 */
import type { DocumentNode } from 'graphql';
import { parse } from 'graphql';
import * as wall from '../src/wall/graphql/operations';
import * as staff from '../src/staff/graphql/operations';
import * as auth from '../src/staff/session/auth-api';
import * as explore from '../src/staff/explore/operations';

export const operationModules: Record<string, Record<string, unknown>> = {
  'wall/graphql/operations.ts': wall,
  'staff/graphql/operations.ts': staff,
  'staff/session/auth-api.ts': auth,
  'staff/explore/operations.ts': explore,
};

const OPERATION_TEXT = /^\s*(query|mutation|subscription)\b/;

/** A module's exported operations, as [export name, document]: gql documents and operation strings. */
export function operationsOf(exports: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(exports).flatMap(([name, value]): [string, DocumentNode][] => {
    if (typeof value === 'string' && OPERATION_TEXT.test(value)) return [[name, parse(value)]];
    if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'Document') return [[name, value as DocumentNode]];
    return [];
  });
}
