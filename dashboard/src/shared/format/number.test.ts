import { describe, expect, it } from 'vitest';
import { MISSING, formatCount, formatPercent, formatRatio, formatSigned, formatWan } from './number';

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

describe('formatPercent', () => {
  it('formats the share 0.893 as 89.3%', () => {
    expect(formatPercent(0.893)).toBe('89.3%');
  });

  it('rounds to the decimals asked for, so a progress of 1.4296 reads 143%', () => {
    expect(formatPercent(1.4296, 0)).toBe('143%');
  });

  it('drops trailing zeros: one half is 50%, not 50.0%', () => {
    expect(formatPercent(0.5)).toBe('50%');
  });

  it('groups thousands in very large percentages', () => {
    expect(formatPercent(12.5, 0)).toBe('1,250%');
  });

  it('shows a dash for a missing share', () => {
    expect(formatPercent(null)).toBe(MISSING);
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe(MISSING);
  });
});

describe('formatRatio', () => {
  it('formats 2.83 slots per 1,000 residents with two decimals', () => {
    expect(formatRatio(2.83, 2)).toBe('2.83');
  });

  it('pads to the fixed number of decimals so figures line up', () => {
    expect(formatRatio(3, 2, '个')).toBe('3.00 个');
    expect(formatRatio(31.96, 1, '张')).toBe('32.0 张');
  });

  it('groups thousands and can show whole numbers', () => {
    expect(formatRatio(14826.4, 0)).toBe('14,826');
  });

  it('shows a dash for a missing rate', () => {
    expect(formatRatio(undefined, 2)).toBe(MISSING);
  });
});

describe('formatSigned', () => {
  it('puts a plus sign before an increase of 2,860 slots', () => {
    expect(formatSigned(2860, '个')).toBe('+2,860 个');
  });

  it('keeps the minus sign of a decrease and shows no sign for zero', () => {
    expect(formatSigned(-12)).toBe('-12');
    expect(formatSigned(0)).toBe('0');
  });

  it('shows a dash for a missing change', () => {
    expect(formatSigned(null, '个')).toBe(MISSING);
  });
});
