import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertValidText } from './input-text.js';

const schema = buildSchema(`
  input Patch { name: String, tags: [String!], inner: Patch }
  type Query { city(code: String!): Int, many(codes: [String!]): Int }
  type Mutation { update(id: ID!, patch: Patch!, reason: String): Int, split(parts: [Patch!]!): Int }
`);

function fieldOf(query: string, variables: Record<string, unknown> = {}): unknown {
  try {
    assertValidText(schema, parse(query), query, variables);
    return null;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
}

describe('assertValidText', () => {
  it('names the argument of a string literal whose escape decodes to NUL', () => {
    expect(fieldOf('{ city(code: "42\\u00000") }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('names the input field, in literals, in variables and in variables inside literals', () => {
    expect(fieldOf('mutation { update(id: 1, patch: { inner: { name: "a\\u202eb" } }) }')).toMatchObject({ field: 'patch.inner.name' });
    expect(fieldOf('mutation($p: Patch!) { update(id: 1, patch: $p) }', { p: { name: 'bad\ud800x' } })).toMatchObject({ field: 'patch.name' });
    expect(fieldOf('mutation($n: String) { update(id: 1, patch: { name: $n }) }', { n: 'a\nb' })).toMatchObject({ field: 'patch.name' });
    expect(fieldOf('mutation($t: [String!]) { update(id: 1, patch: { tags: $t }) }', { t: ['ok', 'a\u0000'] })).toMatchObject({ field: 'patch.tags' });
    expect(fieldOf('{ many(codes: ["ok", "a\\u2066"]) }')).toMatchObject({ field: 'codes' });
  });

  it('walks a list of input objects, also when a variable gives one object where the list is expected', () => {
    expect(fieldOf('mutation($p: [Patch!]!) { split(parts: $p) }', { p: [{ name: 'ok' }, { name: 'a\u0000' }] })).toMatchObject({ field: 'parts.name' });
    expect(fieldOf('mutation($p: [Patch!]!) { split(parts: $p) }', { p: { name: 'a\u0000' } })).toMatchObject({ field: 'parts.name' });
    expect(fieldOf('mutation { split(parts: { name: "a\\u202eb" }) }')).toMatchObject({ field: 'parts.name' });
  });

  it('lets a reason span lines and passes clean text', () => {
    expect(fieldOf('mutation($r: String) { update(id: 1, patch: { name: "托育" }, reason: $r) }', { r: '一\n二' })).toBeNull();
  });

  it('refuses a NUL no argument uses, without a field', () => {
    expect(fieldOf('{ city(code: "1") }', { unused: 'a\u0000' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldOf('# \u0000\n{ city(code: "1") }')).toMatchObject({ reason: 'VALIDATION_FAILED' });
  });
});
