import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { queryCost } from './query-cost.js';
import { statementEstimate } from './statement-estimate.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const estimate = (query: string, variables?: Record<string, unknown>) => statementEstimate(schema, parse(query), variables);
const aliases = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

describe('the statement estimate', () => {
  it('counts a loader-backed field once per level, and fields of one loader under one parent once', () => {
    // The account check, cities, their districts, the districts' figures (one loader).
    expect(estimate('{ cities { districts { slots enrolled institutionCount slotsPer1000 } } }')).toBe(4);
  });

  it('counts a field resolved per item once per item of the list above it', () => {
    // users (2), then each of up to 50 users' districts (1 each).
    expect(estimate('{ users { districtCodes } }')).toBe(1 + 2 + 50);
  });

  it('counts a loader once per alias of the root field above it, since aliases resolve apart', () => {
    expect(estimate(aliases(2, 'institutions(first: 100) { edges { node { history { id } } } }'))).toBe(1 + 2 * (3 + 1));
    expect(estimate(aliases(30, 'institutions(first: 100) { edges { node { history { id } } } }'))).toBeGreaterThan(100);
  });

  it('counts fields that GraphQL merges once: a repeated fragment, a repeated response key', () => {
    const once = estimate('{ cities { districts { code } } }');
    expect(estimate('{ cities { ...F ...F } } fragment F on City { districts { code } }')).toBe(once);
    expect(estimate('{ cities { districts { code } districts { name } } }')).toBe(once);
  });

  it('reads the page size from variables, and counts introspection as no statement', () => {
    expect(estimate('query($n: Int) { district(code: "421002") { institutions(first: $n) { name } } }', { n: 5 })).toBe(1 + 1 + 2);
    expect(estimate('{ __schema { types { name } } __typename }')).toBe(1);
  });

  it('refuses variables of the wrong type with the variable’s error', () => {
    expect(() => estimate('query($n: Int) { institutions(first: $n) { totalCount } }', { n: 'ten' })).toThrow(/\$n/);
  });
});

describe('the cost of a connection', () => {
  it('grows with its first, and its edges count once more, not first times again', () => {
    const cost = (first: number) => queryCost(schema, parse(`{ institutions(first: ${first}) { edges { node { id name } } } }`));
    // 1 for the field, first times (1 for edges + first... ) would be quadratic; it is linear.
    expect(cost(50) / cost(5)).toBeGreaterThan(8);
    expect(cost(50) / cost(5)).toBeLessThan(12);
  });
});
