import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, listVariables, readListParams, writeListParams } from './list-params';

describe('the institution list’s address', () => {
  it('reads filters, sort and direction, and round-trips them', () => {
    const search = '?district=421002&q=%E9%98%B3%E5%85%89&filed=no&inclusive=yes&ownership=PRIVATE&closed=1&sort=SLOTS&dir=DESC';
    const params = readListParams(search);
    expect(params).toEqual({ district: '421002', search: '阳光', filed: 'no', inclusive: 'yes', ownership: 'PRIVATE', includeClosed: true, order: 'SLOTS', direction: 'DESC' });
    expect(readListParams(writeListParams(params))).toEqual(params);
  });

  it('falls back to the defaults for anything unknown, and writes nothing for them', () => {
    expect(readListParams('?district=abc&filed=maybe&ownership=STATE&sort=RANDOM&dir=UP')).toEqual(DEFAULT_PARAMS);
    expect(writeListParams(DEFAULT_PARAMS)).toBe('');
    expect(writeListParams(DEFAULT_PARAMS, { lang: 'en' })).toBe('?lang=en');
  });
});

describe('the institution list’s query', () => {
  const city = { cityCode: '421000', districtCodes: ['421002', '421003'], restricted: false };
  const staff = { cityCode: '421000', districtCodes: ['421002'], restricted: true };

  it('lists the whole city for a city-wide viewer with no district chosen', () => {
    expect(listVariables(DEFAULT_PARAMS, city, null)).toEqual({ filter: { cityCode: '421000' }, orderBy: { field: 'NAME', direction: 'ASC' }, first: 20, after: null });
  });

  it('keeps staff to their own district, whatever the address says', () => {
    expect(listVariables(DEFAULT_PARAMS, staff, null).filter).toEqual({ districtCode: '421002' });
    expect(listVariables({ ...DEFAULT_PARAMS, district: '421003' }, staff, null).filter).toEqual({ districtCode: '421002' });
  });

  it('turns the yes/no filters into booleans and passes the cursor', () => {
    const variables = listVariables({ ...DEFAULT_PARAMS, district: '421003', filed: 'no', inclusive: 'yes', search: '托育' }, city, 'abc');
    expect(variables.filter).toEqual({ districtCode: '421003', filed: false, inclusive: true, search: '托育' });
    expect(variables.after).toBe('abc');
  });
});
