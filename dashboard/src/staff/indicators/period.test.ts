import { describe, expect, it } from 'vitest';
import { monthOf, periodOfMonth, readFigure, recentWindow } from './period';

describe('periods and figures of indicator entry', () => {
  it('turns a month into the period’s first day, and refuses anything else', () => {
    expect(periodOfMonth('2026-03')).toBe('2026-03-01');
    expect(periodOfMonth('2026-13')).toBeNull();
    expect(periodOfMonth('')).toBeNull();
    expect(monthOf('2026-03-15')).toBe('2026-03');
  });

  it('shows a year of months, three years of quarters and six years of years', () => {
    expect(recentWindow('2026-03-15', 'MONTHLY')).toEqual({ from: '2025-03-01', to: '2026-03-15', granularity: 'MONTH' });
    expect(recentWindow('2026-03-15', 'QUARTERLY')).toEqual({ from: '2023-03-01', to: '2026-03-15', granularity: 'QUARTER' });
    expect(recentWindow('2026-03-15', 'YEARLY').granularity).toBe('YEAR');
  });

  it('reads figures with thousands separators and up to four decimals', () => {
    expect(readFigure('12,345.5')).toBe(12345.5);
    expect(readFigure(' 7 ')).toBe(7);
    expect(readFigure('')).toBe('required');
    expect(readFigure('1.23456')).toBe('number');
    expect(readFigure('abc')).toBe('number');
    // Negative figures go to the API, which says why they are refused.
    expect(readFigure('-3')).toBe(-3);
  });
});
