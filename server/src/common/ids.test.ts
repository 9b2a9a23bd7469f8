import { describe, expect, it } from 'vitest';
import { MAX_ROW_ID, rowId } from './ids.js';

describe('rowId', () => {
  it('reads the ids the API writes, up to the largest integer key', () => {
    expect(rowId('1')).toBe(1);
    expect(rowId('320')).toBe(320);
    expect(rowId(String(MAX_ROW_ID))).toBe(MAX_ROW_ID);
  });

  it('names no row for an id beyond the integer range, below 1 or written another way', () => {
    for (const id of ['2147483648', '1099511627776', '9223372036854775808', '99999999999999999999', '0', '-1', '1e3', '0x10', '01', ' 1', '1 ', '1.0', 'abc', '', '１']) {
      expect(rowId(id), JSON.stringify(id)).toBeNull();
    }
  });
});
