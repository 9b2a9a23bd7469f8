import { describe, expect, it } from 'vitest';
import { beforeRecords, compareCity, compareDistricts, compareValue, signed, type OverviewFigures } from './compare-overviews';

const district = (code: string, slots: number, institutionCount: number) => ({ code, name: code, nameEn: code, slots, institutionCount, slotsPer1000: slots / 100 });
const then: OverviewFigures = { slots: 100, enrolled: 80, institutionCount: 4, filedInstitutionCount: 3, inclusiveInstitutionCount: 2, slotsPer1000: null, lastChangedAt: null, asOf: '2026-01-01T00:00:00.000Z', recordsBeginAt: '2025-06-01T00:00:00.000Z', districts: [district('a', 60, 2), district('gone', 40, 2)] };
const now: OverviewFigures = { slots: 130, enrolled: 80, institutionCount: 5, filedInstitutionCount: 3, inclusiveInstitutionCount: 1, slotsPer1000: 1.3, lastChangedAt: null, asOf: null, recordsBeginAt: null, districts: [district('new', 10, 1), district('a', 120, 4)] };

describe('compareCity', () => {
  it('gives each figure then, now and the change, and no change where a side is missing', () => {
    const c = compareCity(then, now);
    expect(c.slots).toEqual({ then: 100, now: 130, change: 30 });
    expect(c.inclusiveInstitutionCount.change).toBe(-1);
    expect(c.enrolled.change).toBe(0);
    expect(c.slotsPer1000).toEqual({ then: null, now: 1.3, change: null });
  });
});

describe('compareDistricts', () => {
  it('keeps the current order, and lists a district that is only in the earlier answer last', () => {
    const rows = compareDistricts(then, now);
    expect(rows.map((r) => r.code)).toEqual(['new', 'a', 'gone']);
    expect(rows[0]!.slots).toEqual({ then: null, now: 10, change: null });
    expect(rows[1]!.slots).toEqual({ then: 60, now: 120, change: 60 });
    expect(rows[2]!.institutionCount).toEqual({ then: 2, now: null, change: null });
  });
});

describe('signed', () => {
  const plain = (n: number) => String(n);
  it('shows the sign of a change, a true minus, zero bare and a dash for no change', () => {
    expect(signed(12, plain)).toBe('+12');
    expect(signed(-3, plain)).toBe('−3');
    expect(signed(0, plain)).toBe('0');
    expect(signed(null, plain)).toBe('—');
    expect(compareValue(undefined, 3).change).toBeNull();
  });
});

describe('beforeRecords', () => {
  it('knows the figures of an instant before the records begin are unknown, not zero', () => {
    expect(beforeRecords({ asOf: '2025-05-31T23:59:59.000Z', recordsBeginAt: '2025-06-01T00:00:00.000Z' })).toBe(true);
    expect(beforeRecords(then)).toBe(false);
    const c = compareCity(null, now);
    expect(c.slots).toEqual({ then: null, now: 130, change: null });
    expect(compareDistricts(null, now).map((d) => d.slots.change)).toEqual([null, null]);
  });
});
