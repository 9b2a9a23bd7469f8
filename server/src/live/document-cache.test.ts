import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentCache } from './document-cache.js';

describe('DocumentCache', () => {
  it('hands out the same document for the same text', () => {
    const cache = new DocumentCache();
    const document = parse('{ cities { code } }');
    cache.set('{ cities { code } }', document);
    expect(cache.get('{ cities { code } }')).toBe(document);
    expect(cache.get('{ cities { name } }')).toBeUndefined();
  });

  it('drops the least recently used document when full', () => {
    const cache = new DocumentCache(2);
    cache.set('a', parse('{ a }'));
    cache.set('b', parse('{ b }'));
    cache.get('a');
    cache.set('c', parse('{ c }'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });
});
