import { describe, expect, it } from 'vitest';
import { lookupLabel, parseDate, parseDecimal, parseMonth, parseWholeNumber, parseYesNo } from './values.js';

describe('import cell values', () => {
  it('reads full-width digits as numbers', () => {
    expect(parseWholeNumber('１２０', 0, 10_000)).toBe(120);
    expect(parseDecimal('３５２．５')).toEqual({ value: 352.5, decimals: 1 });
  });

  it('reads thousands separators written as , or ，', () => {
    expect(parseWholeNumber('1,050', 0, 10_000)).toBe(1050);
    expect(parseWholeNumber('1，050', 0, 10_000)).toBe(1050);
    expect(parseDecimal('12,345,678.25')).toEqual({ value: 12_345_678.25, decimals: 2 });
  });

  it('refuses separators that do not group by three', () => {
    expect(parseDecimal('1,05')).toBeNull();
    expect(parseDecimal('10,50,000')).toBeNull();
    expect(parseDecimal('1,')).toBeNull();
  });

  it('refuses text, blanks and scientific notation as numbers', () => {
    expect(parseDecimal('十二')).toBeNull();
    expect(parseDecimal('12个')).toBeNull();
    expect(parseDecimal('1e3')).toBeNull();
  });

  it('counts 120.0 as a whole number but not 120.5', () => {
    expect(parseWholeNumber('120.0', 0, 10_000)).toBe(120);
    expect(parseWholeNumber('120.5', 0, 10_000)).toBeNull();
    expect(parseDecimal('1.50000')).toEqual({ value: 1.5, decimals: 1 });
  });

  it('keeps whole numbers within their range', () => {
    expect(parseWholeNumber('-1', 0, 10_000)).toBeNull();
    expect(parseWholeNumber('10001', 0, 10_000)).toBeNull();
    expect(parseWholeNumber('-0', 0, 10_000)).toBe(0);
  });

  it('reads dates as YYYY-MM-DD, YYYY/M/D and YYYY年M月D日', () => {
    expect(parseDate('2023-09-01')).toBe('2023-09-01');
    expect(parseDate('2023/9/1')).toBe('2023-09-01');
    expect(parseDate('2023年9月1日')).toBe('2023-09-01');
    expect(parseDate('２０２３年１２月３１日')).toBe('2023-12-31');
  });

  it('refuses dates that do not exist or are in another format', () => {
    expect(parseDate('2023-02-29')).toBeNull();
    expect(parseDate('2023/13/1')).toBeNull();
    expect(parseDate('09/01/2023')).toBeNull();
    expect(parseDate('45170')).toBeNull();
  });

  it('reads a month as YYYY-MM, YYYY-MM-DD or YYYY年M月 and gives its first day', () => {
    expect(parseMonth('2024-03')).toBe('2024-03-01');
    expect(parseMonth('2024-03-31')).toBe('2024-03-01');
    expect(parseMonth('2024年3月')).toBe('2024-03-01');
    expect(parseMonth('2024/3')).toBe('2024-03-01');
    expect(parseMonth('2024-13')).toBeNull();
  });

  it('reads 是/否, Y/N, true/false and 1/0', () => {
    expect(['是', 'Y', 'y', 'TRUE', '1', '１'].map(parseYesNo)).toEqual([true, true, true, true, true, true]);
    expect(['否', 'N', 'false', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
    expect(parseYesNo('普惠')).toBeNull();
  });

  it('looks labels up without falling into Object.prototype', () => {
    const labels = { 公办: 'PUBLIC' } as const;
    expect(lookupLabel('公办', labels, ['PUBLIC', 'PRIVATE'])).toBe('PUBLIC');
    expect(lookupLabel('private', labels, ['PUBLIC', 'PRIVATE'])).toBe('PRIVATE');
    expect(lookupLabel('constructor', labels, ['PUBLIC', 'PRIVATE'])).toBeNull();
  });
});
