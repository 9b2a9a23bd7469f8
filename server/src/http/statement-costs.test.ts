import { getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { STATEMENT_COST } from './statement-costs.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** Type.field of every @FieldResolver: the fields whose resolver may reach the database. */
function fieldResolvers(): string[] {
  const storage = getMetadataStorage();
  return storage.fieldResolvers.flatMap((resolver) => {
    const target = resolver.getObjectType?.();
    const type = storage.objectTypes.find((o) => o.target === target);
    return type ? [`${type.name}.${resolver.schemaName}`] : [];
  });
}

describe('the statement costs of fields', () => {
  it('price every root field and every field resolver', () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) => (t ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : []));
    const resolvers = fieldResolvers();
    expect(resolvers.length).toBeGreaterThan(10);
    expect([...roots, ...resolvers].filter((name) => STATEMENT_COST[name] === undefined)).toEqual([]);
  });

  it('name no field that the schema does not have', () => {
    const missing = Object.keys(STATEMENT_COST).filter((name) => {
      const [type, field] = name.split('.') as [string, string];
      const object = schema.getType(type);
      return !object || !('getFields' in object) || !(field in object.getFields());
    });
    expect(missing).toEqual([]);
  });
});
