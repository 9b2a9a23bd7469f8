import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { LIST_SIZE } from './list-sizes.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** Whether a field's type holds a list anywhere under its non-null wrappers. */
function returnsList(type: GraphQLOutputType): boolean {
  if (isNonNullType(type)) return returnsList(type.ofType);
  return isListType(type);
}

/** Every object type a client can reach from the root types, with its fields. */
function reachableFields(root: GraphQLSchema): { owner: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const seen = new Set<string>();
  const queue = [root.getQueryType(), root.getMutationType(), root.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
  const fields: { owner: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] = [];
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (seen.has(type.name) || type.name.startsWith('__')) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      fields.push({ owner: type, field });
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push(named);
    }
  }
  return fields;
}

describe('the cost model’s list sizes', () => {
  it('gives every list-returning field of every reachable type a size', () => {
    const unsized = reachableFields(schema)
      .filter(({ field }) => returnsList(field.type))
      .map(({ owner, field }) => `${owner.name}.${field.name}`)
      .filter((name) => LIST_SIZE[name] === undefined);
    expect(unsized).toEqual([]);
  });

  it('sizes a list by its page only where the field takes a first argument', () => {
    const wrong = reachableFields(schema)
      .filter(({ owner, field }) => LIST_SIZE[`${owner.name}.${field.name}`] === 'first' && !field.args.some((a) => a.name === 'first'))
      .map(({ owner, field }) => `${owner.name}.${field.name}`);
    expect(wrong).toEqual([]);
  });

  it('counts a connection’s edges only where every field returning the connection is sized by its first argument', () => {
    const all = reachableFields(schema);
    const problems: string[] = [];
    for (const { owner, field } of all) {
      if (LIST_SIZE[`${owner.name}.${field.name}`] !== 'connection') continue;
      const parents = all.filter((f) => getNamedType(f.field.type) === owner);
      if (parents.length === 0) problems.push(`${owner.name}: no field returns it`);
      for (const parent of parents) {
        const name = `${parent.owner.name}.${parent.field.name}`;
        if (LIST_SIZE[name] !== 'first') problems.push(`${owner.name}.${field.name} under ${name}, which is not sized by first`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names no field that the schema does not have', () => {
    const names = new Set(reachableFields(schema).map(({ owner, field }) => `${owner.name}.${field.name}`));
    expect(Object.keys(LIST_SIZE).filter((name) => !names.has(name))).toEqual([]);
  });
});
