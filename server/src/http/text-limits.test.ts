import { parse, validate, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasNul, maxTokensWithCommentsRule } from './text-limits.js';

const schema = buildSchema('type Query { cities: [String] }');

describe('maxTokensWithCommentsRule', () => {
  it('counts comments with the tokens', () => {
    const padded = `${Array.from({ length: 30 }, (_, i) => `# ${i}`).join('\n')}\n{ cities }`;
    const errors = validate(schema, parse(padded), [maxTokensWithCommentsRule(20)]);
    expect(errors.map((e) => e.extensions.reason)).toEqual(['TOO_MANY_TOKENS']);
    expect(validate(schema, parse('# one comment\n{ cities }'), [maxTokensWithCommentsRule(20)])).toEqual([]);
  });
});

describe('NUL characters', () => {
  it('are found in variables at any depth and in keys', () => {
    expect(hasNul({ a: [{ b: 'x\u0000' }] })).toBe(true);
    expect(hasNul({ 'k\u0000': 1 })).toBe(true);
    expect(hasNul({ a: ['x', 1, null, { b: '中文' }] })).toBe(false);
  });

});
