import { describe, expect, it } from 'vitest';
import { wallUrl } from '../shared/wall-address';
import { layoutFromParam, readPageParams } from './params';

describe('readPageParams', () => {
  it('shows 荆州市 in Chinese by slots, without rotation or token, by default', () => {
    expect(readPageParams('')).toEqual({ city: '421000', lang: 'zh-CN', token: null, rotate: [], every: 60, districts: false, metric: 'slots', layout: 'auto' });
  });

  it('reads the rotation, its period, district focus, the token, the map metric and the layout', () => {
    expect(readPageParams('?rotate=421000,320700,bad&every=30&districts=1&token=cbd_x&metric=per1000&lang=en&layout=wide')).toEqual({
      city: '421000', lang: 'en', token: 'cbd_x', rotate: ['421000', '320700'], every: 30, districts: true, metric: 'slotsPer1000', layout: 'wide',
    });
  });

  it('reads the city and token of the address the staff pages give a screen', () => {
    const { search } = new URL(wallUrl('http://localhost:4000', '320700', 'cbd_x+y'));
    expect(readPageParams(search)).toMatchObject({ city: '320700', token: 'cbd_x+y' });
  });

  it('holds a rotation faster than every 10 seconds to the documented minimum of 10', () => {
    expect(readPageParams('?rotate=421000&every=2').every).toBe(10);
    expect(readPageParams('?rotate=421000&every=5').every).toBe(10);
  });

  it('rotates every minute when the period is missing, zero or not a number', () => {
    for (const every of ['', '0', '-5', 'x']) expect(readPageParams(`?rotate=421000&every=${every}`).every).toBe(60);
  });
});

describe('layoutFromParam', () => {
  it('takes ?layout=wide and ?layout=standard, in any case and with spaces around', () => {
    expect(layoutFromParam('wide')).toBe('wide');
    expect(layoutFromParam(' Standard ')).toBe('standard');
  });

  it('follows the window (auto) with no ?layout=, an empty one or an unknown one', () => {
    expect(layoutFromParam(null)).toBe('auto');
    expect(layoutFromParam('')).toBe('auto');
    expect(layoutFromParam('ultrawide')).toBe('auto');
  });

  it('reads ?layout=standard from a whole query string', () => {
    expect(readPageParams('?city=320700&layout=standard').layout).toBe('standard');
  });
});
