import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSchema, printSortedSchema, SCHEMA_HEADER } from '../../server/src/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code generates (run `pnpm schema:emit` when this fails)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSortedSchema(await createSchema()));
  });

  it('starts with the generated, do-not-edit header', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed.startsWith(SCHEMA_HEADER)).toBe(true);
  });

  it('describes every type and field in Chinese and English', async () => {
    const { isObjectType, isInputObjectType, isEnumType } = await import('graphql');
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});

describe('schema/operations', () => {
  it('holds only example operations that are valid against the schema', async () => {
    const { parse, validate } = await import('graphql');
    const { readdir } = await import('node:fs/promises');
    const folder = new URL('../../schema/operations/', import.meta.url);
    const files = (await readdir(folder)).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    const schema = await createSchema();
    const problems: string[] = [];
    for (const file of files) {
      const errors = validate(schema, parse(await readFile(new URL(file, folder), 'utf8')));
      problems.push(...errors.map((e) => `${file}: ${e.message}`));
    }
    expect(problems).toEqual([]);
  });
});
