import { describe, expect, it } from 'vitest';
import { clientErrorFormatter, withoutSuggestions } from './errors.js';

describe('withoutSuggestions', () => {
  it('drops every "Did you mean" hint from a message, call after call', () => {
    const hinted = { message: 'Cannot query field "citys" on type "Query". Did you mean "cities" or "city"?' };
    for (let i = 0; i < 3; i += 1) expect(withoutSuggestions(hinted).message).toBe('Cannot query field "citys" on type "Query".');
    const plain = { message: 'Syntax Error: Unexpected "}".' };
    expect(withoutSuggestions(plain)).toBe(plain);
  });
});

describe('clientErrorFormatter', () => {
  const hinted = { message: 'Cannot query field "citys" on type "Query". Did you mean "cities"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };

  it('keeps suggestions in development with introspection on, and drops them in production or without introspection', () => {
    expect(clientErrorFormatter({ production: false, introspection: true })(hinted).message).toContain('Did you mean');
    expect(clientErrorFormatter({ production: true, introspection: true })(hinted).message).not.toContain('Did you mean');
    expect(clientErrorFormatter({ production: false, introspection: false })(hinted).message).not.toContain('Did you mean');
  });
});
