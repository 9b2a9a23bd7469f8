import 'reflect-metadata';
import { MikroORM, type EntityProperty } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ormConfig } from '../mikro-orm.config.js';

// `pnpm dev` runs the server under tsx, which emits no decorator metadata; tsc (the built
// server) and vitest do. Whatever MikroORM would infer from `design:type` must therefore be
// given explicitly, or a column reads back as another JS type in development only (an
// unmarked 'bigint' id became a JS bigint there, which no GraphQL ID or JSON can carry).

/** What decides how a column is read and written, per entity property. */
async function mapping(): Promise<Record<string, unknown>> {
  const orm = await MikroORM.init({ ...ormConfig({ clientUrl: 'postgresql://nobody@127.0.0.1:1/none' }), connect: false, metadataCache: { enabled: false } });
  try {
    const out: Record<string, unknown> = {};
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const prop of meta.props as EntityProperty[]) {
        out[`${meta.className}.${prop.name}`] = {
          kind: prop.kind,
          type: String(prop.type),
          runtimeType: prop.runtimeType,
          customType: prop.customType?.constructor.name,
          mode: (prop.customType as { mode?: string } | undefined)?.mode,
          columnTypes: prop.columnTypes,
          nullable: prop.nullable ?? false,
          array: prop.array ?? false,
        };
      }
    }
    return out;
  } finally {
    await orm.close();
  }
}

/** The mapping as tsx sees it: no `design:type` for any decorated property. */
async function mappingWithoutDecoratorMetadata(): Promise<Record<string, unknown>> {
  const getMetadata = Reflect.getMetadata;
  Reflect.getMetadata = ((key: unknown, target: object, property?: string | symbol) =>
    key === 'design:type' ? undefined : getMetadata(key, target, property as string | symbol)) as typeof Reflect.getMetadata;
  try {
    return await mapping();
  } finally {
    Reflect.getMetadata = getMetadata;
  }
}

describe('entity mappings', () => {
  it('map every property to the same column and JS type with and without decorator metadata, as tsx (pnpm dev) and tsc (the build) compile them', async () => {
    // This file is compiled with metadata, as the build is: otherwise the comparison proves nothing.
    expect(Reflect.getMetadata('design:type', (await import('../audit/audit-entry.entity.js')).AuditEntry.prototype, 'actorName')).toBe(String);
    const withoutMetadata = await mappingWithoutDecoratorMetadata();
    const withMetadata = await mapping();
    expect(Object.keys(withMetadata).length).toBeGreaterThan(100);
    expect(withoutMetadata).toEqual(withMetadata);
  });
});
