import { describe, expect, it } from 'vitest';
import { townshipKindOf } from './township-kind.js';
import { TownshipKind } from './township.enums.js';

describe('townshipKindOf', () => {
  it('reads sub-districts, towns, townships and other units from the last three digits of the code', () => {
    expect(townshipKindOf('320703001')).toBe(TownshipKind.SUBDISTRICT);
    expect(townshipKindOf('320703099')).toBe(TownshipKind.SUBDISTRICT);
    expect(townshipKindOf('421024100')).toBe(TownshipKind.TOWN);
    expect(townshipKindOf('421024199')).toBe(TownshipKind.TOWN);
    expect(townshipKindOf('421024200')).toBe(TownshipKind.TOWNSHIP);
    expect(townshipKindOf('421024399')).toBe(TownshipKind.TOWNSHIP);
    expect(townshipKindOf('421024450')).toBe(TownshipKind.OTHER);
    expect(townshipKindOf('421024599')).toBe(TownshipKind.OTHER);
  });

  it('refuses codes that are not nine digits or whose serial has no kind', () => {
    expect(() => townshipKindOf('42102445')).toThrow(RangeError);
    expect(() => townshipKindOf('421024000')).toThrow(RangeError);
    expect(() => townshipKindOf('421024600')).toThrow(RangeError);
  });
});
