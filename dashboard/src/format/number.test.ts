import { describe, expect, it } from 'vitest';
import { MISSING, formatCount, formatWan } from './number';

describe('formatCount', () => {
  it('formats 14826 slots as 14,826 个', () => {
    expect(formatCount(14826, '个')).toBe('14,826 个');
  });

  it('groups millions with commas', () => {
    expect(formatCount(3_215_600, '人')).toBe('3,215,600 人');
  });

  it('shows the bare number when no unit is given', () => {
    expect(formatCount(312)).toBe('312');
  });

  it('keeps at most two decimals for rates such as slots per 1,000 people', () => {
    expect(formatCount(3.6249, '个')).toBe('3.62 个');
    expect(formatCount(4.5, '个')).toBe('4.5 个');
  });

  it('shows a dash for a missing or non-finite value', () => {
    expect(formatCount(null, '个')).toBe(MISSING);
    expect(formatCount(undefined)).toBe(MISSING);
    expect(formatCount(Number.NaN, '个')).toBe(MISSING);
  });
});

describe('formatWan', () => {
  it('formats 14826 as 1.48万', () => {
    expect(formatWan(14826)).toBe('1.48万');
  });

  it('rounds to two decimals and drops trailing zeros', () => {
    expect(formatWan(14856)).toBe('1.49万');
    expect(formatWan(15000)).toBe('1.5万');
    expect(formatWan(20000)).toBe('2万');
  });

  it('leaves numbers below 10,000 in full', () => {
    expect(formatWan(9999)).toBe('9,999');
  });

  it('groups the 万 part of very large numbers', () => {
    expect(formatWan(123_456_789)).toBe('12,345.68万');
  });

  it('puts a unit straight after 万 but after a space for small numbers', () => {
    expect(formatWan(14826, '个')).toBe('1.48万个');
    expect(formatWan(826, '个')).toBe('826 个');
  });

  it('keeps the sign of negative changes', () => {
    expect(formatWan(-14826)).toBe('-1.48万');
  });

  it('shows a dash for a missing value', () => {
    expect(formatWan(null)).toBe(MISSING);
  });
});
