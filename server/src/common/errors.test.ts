import { describe, expect, it } from 'vitest';
import { withoutSuggestions } from './errors.js';

describe('withoutSuggestions', () => {
  it('drops every "Did you mean" hint from a message, call after call', () => {
    const hinted = { message: 'Cannot query field "citys" on type "Query". Did you mean "cities" or "city"?' };
    for (let i = 0; i < 3; i += 1) expect(withoutSuggestions(hinted).message).toBe('Cannot query field "citys" on type "Query".');
    const plain = { message: 'Syntax Error: Unexpected "}".' };
    expect(withoutSuggestions(plain)).toBe(plain);
  });
});
