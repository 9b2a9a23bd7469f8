import { describe, expect, it } from 'vitest';
import { DEFAULT_PER_PAGE, pageCount, pageMarker, pageOf, targetsPerPage } from './target-pages';

describe('target pages', () => {
  it('fits three targets in the 222 px chart of the 1920x1080 wall, and more in a taller one', () => {
    expect(targetsPerPage(222)).toBe(3);
    expect(targetsPerPage(400)).toBe(6);
    expect(targetsPerPage(undefined)).toBe(DEFAULT_PER_PAGE);
    expect(targetsPerPage(60)).toBe(1);
  });

  it('splits seven targets into pages of three, three and one, and starts over after the last', () => {
    const targets = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(pageCount(targets.length, 3)).toBe(3);
    expect([0, 1, 2, 3].map((i) => pageOf(targets, 3, i))).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g'], ['a', 'b', 'c']]);
  });

  it('keeps a city with no more targets than fit on one page, with no page marker', () => {
    expect(pageCount(3, 3)).toBe(1);
    expect(pageCount(0, 3)).toBe(1);
    expect(pageOf(['a', 'b'], 3, 5)).toEqual(['a', 'b']);
    expect(pageMarker(0, 1)).toBe('');
  });

  it('marks the page on screen as "2/3"', () => {
    expect(pageMarker(1, 3)).toBe('2/3');
  });
});
