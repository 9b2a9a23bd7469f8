import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, validate } from 'graphql';
import { operationModules as modules, operationsOf } from './operation-modules';

// Every operation the dashboard sends, checked against the committed schema: a field renamed
// or removed in the API fails here, not on a wall in the field.
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

/** Source files (tests aside) that spell out an operation: `query Name(`, `mutation Name {`. */
function filesWithOperations(folder: URL, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return filesWithOperations(new URL(`${entry.name}/`, folder), `${prefix}${entry.name}/`);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(new URL(entry.name, folder), 'utf8');
    return /\b(query|mutation|subscription)\s+[A-Z]\w*\s*[({]/.test(text) ? [`${prefix}${entry.name}`] : [];
  });
}

describe('the dashboard’s GraphQL operations', () => {
  it('are all valid against schema/schema.graphql', () => {
    const problems: string[] = [];
    let count = 0;
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, document] of operationsOf(exports)) {
        count += 1;
        problems.push(...validate(schema, document).map((error) => `${file} ${name}: ${error.message}`));
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(30);
  });

  it('are all kept in the modules checked above, none written inline elsewhere', () => {
    const files = filesWithOperations(new URL('../src/', import.meta.url)).filter((file) => !file.startsWith('graphiql/'));
    expect(files.sort()).toEqual(Object.keys(modules).sort());
  });
});
