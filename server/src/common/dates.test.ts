import { describe, expect, it } from 'vitest';
import { isoDate } from './dates.js';

describe('isoDate', () => {
  it('gives the date in China on both sides of midnight there, asked again and again', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(isoDate(new Date('2026-11-22T15:59:59.999Z'))).toBe('2026-11-22');
      expect(isoDate(new Date('2026-11-22T16:00:00.000Z'))).toBe('2026-11-23');
      expect(isoDate(new Date('2026-11-22T15:00:00.000Z'))).toBe('2026-11-22');
    }
  });
});
