import { describe, expect, it } from 'vitest';
import { calendarDate, clockTime, formatDateTime, today } from './datetime';

describe('dates and times on the wall and the staff pages', () => {
  it('shows the wall’s clock as HH:mm:ss in the city’s time zone, in either language', () => {
    expect(clockTime('2026-03-01T06:05:09Z')).toBe('14:05:09');
    expect(clockTime(Date.UTC(2026, 2, 1, 12, 5, 9), 'UTC')).toBe('12:05:09');
  });

  it('writes midnight as 00, not 24', () => {
    expect(clockTime('2026-05-11T16:00:05Z', 'Asia/Shanghai')).toBe('00:00:05');
  });

  it('shows dashes for a time it cannot read', () => {
    expect(clockTime('not a time')).toBe('--:--:--');
  });

  it('gives the city’s calendar date of an instant', () => {
    expect(calendarDate(new Date('2026-03-01T16:05:09Z'))).toBe('2026-03-02');
    expect(calendarDate(new Date('2026-03-01T16:05:09Z'), 'UTC')).toBe('2026-03-01');
  });

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
