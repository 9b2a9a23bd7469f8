import { describe, expect, it } from 'vitest';
import { writes } from '../common/write-transaction.js';
import { AccountCache, type AccountRow } from './account-cache.js';

const row: AccountRow = { display_name: '分析员', role: 'ANALYST', city_id: null, disabled: false, token_version: 1, district_ids: [] };

describe('AccountCache', () => {
  it('answers a stored account until it is announced as changed', () => {
    const cache = new AccountCache(() => true);
    cache.store(7, row, cache.begin());
    expect(cache.get(7)).toBe(row);
    cache.invalidate(8);
    expect(cache.get(7)).toBe(row);
    cache.invalidate(7);
    expect(cache.get(7)).toBeUndefined();
  });

  it('does not store a row read before a change was announced', () => {
    const cache = new AccountCache(() => true);
    const since = cache.begin();
    cache.invalidate(7); // the change commits while the old row is on its way
    cache.store(7, row, since);
    expect(cache.get(7)).toBeUndefined();
  });

  it('forgets everything after a write through the API in this process', () => {
    const cache = new AccountCache(() => true);
    cache.store(7, row, cache.begin());
    writes.epoch += 1;
    expect(cache.get(7)).toBeUndefined();
  });

  it('neither answers nor stores while announcements cannot arrive', () => {
    let connected = true;
    const cache = new AccountCache(() => connected);
    cache.store(7, row, cache.begin());
    connected = false;
    expect(cache.get(7)).toBeUndefined();
    cache.store(8, row, cache.begin());
    connected = true;
    expect(cache.get(8)).toBeUndefined();
  });
});
