import { BadUserInputError } from './errors.js';

/**
 * Calendar dates as ISO strings (YYYY-MM-DD) in the city's time zone: periods, deadlines
 * and "today" are civil dates, not instants.
 */
export const TIME_ZONE = 'Asia/Shanghai';

const isoFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The last answer, by UTC hour: time zones move the date only on whole hours (Shanghai's does). */
let memo = { hour: NaN, date: '' };

export function isoDate(instant: Date): string {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (hour !== memo.hour) memo = { hour, date: isoFormat.format(instant) };
  return memo.date;
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function quarterStart(iso: string): string {
  const month = Number(iso.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${iso.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

export function yearStart(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`;
}

/** The same day one year earlier (29 February becomes 28 February). */
export function oneYearBefore(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const rest = iso.slice(4);
  const candidate = `${year}${rest}`;
  return rest === '-02-29' ? `${year}-02-28` : candidate;
}

/** Whole days from a to b (b - a), for ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A LocalDate argument as an ISO string: graphql-scalars may hand over a string or a Date. */
export function normaliseDate(value: unknown, field: string): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!isIsoDate(iso)) throw new BadUserInputError(`${field} 须为 YYYY-MM-DD 日期 / ${field} must be a YYYY-MM-DD date`, { field });
  return iso;
}
