import { TownshipKind } from './township.enums.js';

/**
 * A township-level unit's kind from its 9-digit statistical code: the three digits after
 * the district's six say what it is (NBS rules for 统计用区划代码).
 */
export function townshipKindOf(code: string): TownshipKind {
  if (!/^\d{9}$/.test(code)) throw new RangeError(`not a 9-digit township code: ${code}`);
  const serial = Number(code.slice(6));
  if (serial >= 1 && serial <= 99) return TownshipKind.SUBDISTRICT;
  if (serial >= 100 && serial <= 199) return TownshipKind.TOWN;
  if (serial >= 200 && serial <= 399) return TownshipKind.TOWNSHIP;
  if (serial >= 400 && serial <= 599) return TownshipKind.OTHER;
  throw new RangeError(`township code ${code} has no kind in the NBS rules`);
}
