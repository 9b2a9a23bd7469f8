import { describe, expect, it } from 'vitest';
import { readPageParams } from './params';

describe('readPageParams', () => {
  it('shows 荆州市 in Chinese by slots, without rotation or token, by default', () => {
    expect(readPageParams('')).toEqual({ city: '421000', lang: 'zh-CN', token: null, rotate: [], every: 60, districts: false, metric: 'slots' });
  });

  it('reads the rotation, its period, district focus, the token and the map metric', () => {
    expect(readPageParams('?rotate=421000,320700,bad&every=30&districts=1&token=cbd_x&metric=per1000&lang=en')).toEqual({
      city: '421000', lang: 'en', token: 'cbd_x', rotate: ['421000', '320700'], every: 30, districts: true, metric: 'slotsPer1000',
    });
  });

  it('refuses a rotation faster than every 10 seconds', () => {
    expect(readPageParams('?rotate=421000&every=2').every).toBe(60);
  });
});
