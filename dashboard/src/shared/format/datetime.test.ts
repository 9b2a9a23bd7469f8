import { describe, expect, it } from 'vitest';
import { formatDateTime, today } from './datetime';

describe('dates and times on the staff pages', () => {
  it('writes a moment as YYYY-MM-DD HH:mm in the given time zone', () => {
    expect(formatDateTime('2026-03-01T06:05:09Z', { timeZone: 'Asia/Shanghai' })).toBe('2026-03-01 14:05');
    expect(formatDateTime('2026-03-01T16:05:09Z', { timeZone: 'Asia/Shanghai', seconds: true })).toBe('2026-03-02 00:05:09');
  });

  it('shows a dash for no time or a broken one', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('gives today as a LocalDate', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
