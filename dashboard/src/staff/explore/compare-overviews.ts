/**
 * The city's figures at an earlier instant beside the figures now: what time travel shows.
 * Pure: takes two cityOverview answers, returns rows with their change.
 */
import type { OverviewThenAndNowQuery } from '../../shared/graphql/generated';

/** One side of the comparison: the figures of OverviewThenAndNow (operations.ts), then or now. */
export type OverviewFigures = OverviewThenAndNowQuery['now'];

export type FigureKey = 'slots' | 'enrolled' | 'institutionCount' | 'filedInstitutionCount' | 'inclusiveInstitutionCount' | 'slotsPer1000';

export interface ComparedValue {
  then: number | null;
  now: number | null;
  /** now − then; null when either side is missing. */
  change: number | null;
}

export interface ComparedDistrict {
  code: string;
  name: string;
  nameEn: string;
  slots: ComparedValue;
  institutionCount: ComparedValue;
  slotsPer1000: ComparedValue;
}

export const CITY_FIGURES: readonly FigureKey[] = ['slots', 'enrolled', 'institutionCount', 'filedInstitutionCount', 'inclusiveInstitutionCount', 'slotsPer1000'];

export function compareValue(then: number | null | undefined, now: number | null | undefined): ComparedValue {
  const a = then ?? null;
  const b = now ?? null;
  return { then: a, now: b, change: a === null || b === null ? null : b - a };
}

/**
 * Whether the instant looked back at is before the system's records of the city begin: the
 * figures rebuilt for it are then not the city's (every row "did not exist yet"), but unknown.
 */
export function beforeRecords(then: Pick<OverviewFigures, 'asOf' | 'recordsBeginAt'>): boolean {
  if (!then.asOf || !then.recordsBeginAt) return false;
  return new Date(then.asOf).getTime() < new Date(then.recordsBeginAt).getTime();
}

/** `then` null: the figures of that instant are unknown (before the records begin). */
export function compareCity(then: OverviewFigures | null, now: OverviewFigures): Record<FigureKey, ComparedValue> {
  return Object.fromEntries(CITY_FIGURES.map((key) => [key, compareValue(then ? then[key] : null, now[key])])) as Record<FigureKey, ComparedValue>;
}

/** One row per district of either answer, in the order of the current answer (then any that are gone). */
export function compareDistricts(then: OverviewFigures | null, now: OverviewFigures): ComparedDistrict[] {
  const before = new Map((then?.districts ?? []).map((d) => [d.code, d]));
  const rows = now.districts.map((d) => {
    const b = before.get(d.code);
    return {
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      slots: compareValue(b?.slots, d.slots),
      institutionCount: compareValue(b?.institutionCount, d.institutionCount),
      slotsPer1000: compareValue(b?.slotsPer1000, d.slotsPer1000),
    };
  });
  const present = new Set(now.districts.map((d) => d.code));
  for (const b of then?.districts ?? []) {
    if (present.has(b.code)) continue;
    rows.push({ code: b.code, name: b.name, nameEn: b.nameEn, slots: compareValue(b.slots, null), institutionCount: compareValue(b.institutionCount, null), slotsPer1000: compareValue(b.slotsPer1000, null) });
  }
  return rows;
}

/** "+12", "−3", "0": the sign always shown, with the true minus sign officials' tables use. */
export function signed(change: number | null, format: (n: number) => string): string {
  if (change === null) return '—';
  if (change === 0) return format(0);
  return change > 0 ? `+${format(change)}` : `−${format(-change)}`;
}
