// Period and date helpers for the demo data. Dates are ISO strings (YYYY-MM-DD); a Date such as
// `today` is always read in UTC, so a given instant gives the same periods on every machine.

/** The first month of recorded history. */
export const HISTORY_START = '2022-01-01';

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDate(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || toIsoDate(date) !== iso) throw new RangeError(`not an ISO date: ${iso}`);
  return date;
}

/** First day of a month; month0 may run past 0..11 (it rolls over into other years). */
export function monthStart(year: number, month0: number): string {
  return toIsoDate(new Date(Date.UTC(year, month0, 1)));
}

export function addMonths(period: string, months: number): string {
  const date = parseIsoDate(period);
  return monthStart(date.getUTCFullYear(), date.getUTCMonth() + months);
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(new Date(parseIsoDate(iso).getTime() + days * 86_400_000));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

/** Whole months from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

/**
 * Every month (as its first day) from 2022-01 up to and including the month before `today`'s
 * month; the current month is live, counted from the institutions.
 */
export function historyMonths(today: Date): string[] {
  const last = monthStart(today.getUTCFullYear(), today.getUTCMonth() - 1);
  const months: string[] = [];
  for (let m = HISTORY_START; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Every complete quarter (as its first day) from 2022-01-01 up to the one before `today`'s quarter. */
export function historyQuarters(today: Date): string[] {
  const current = monthStart(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3);
  const quarters: string[] = [];
  for (let q = HISTORY_START; q < current; q = addMonths(q, 3)) quarters.push(q);
  return quarters;
}
