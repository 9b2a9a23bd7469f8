import { isIsoDate } from '../common/dates.js';

/**
 * Cell parsers shared by the import column specs. Each takes a trimmed, non-empty cell
 * and returns the value or null when the text is not of that kind; the specs word the errors.
 */

/** Full-width digits, point, minus and plus (０-９ ． － ＋) as ASCII. */
export function halfWidthDigits(raw: string): string {
  return raw.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A plain decimal number as Excel writes it: optional sign, digits with or without
 * thousands separators (`,` or `，`, in groups of three), optional fraction. Returns the
 * number and how many decimal places it was written with.
 */
export function parseDecimal(raw: string): { value: number; decimals: number } | null {
  const match = /^([+-]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?$/.exec(halfWidthDigits(raw));
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(`${sign}${whole!.replace(/[,，]/g, '')}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value: Object.is(value, -0) ? 0 : value, decimals: fraction.replace(/0+$/, '').length };
}

/** A whole number in [min, max]; `120.0` counts as whole. */
export function parseWholeNumber(raw: string, min: number, max: number): number | null {
  const parsed = parseDecimal(raw);
  if (!parsed || parsed.decimals > 0 || parsed.value < min || parsed.value > max) return null;
  return parsed.value;
}

function isoFrom(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** YYYY-MM-DD, YYYY/M/D or YYYY年M月D日 (months and days with or without a leading zero) as an ISO date. */
export function parseDate(raw: string): string | null {
  const text = halfWidthDigits(raw).replace(/\s+/g, '');
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  return match ? isoFrom(match[1]!, match[2]!, match[3]!) : null;
}

/** A month as YYYY-MM, YYYY/M, YYYY年M月, or any date of it; returns the first day of the month. */
export function parseMonth(raw: string): string | null {
  const text = halfWidthDigits(raw).replace(/\s+/g, '');
  const match = /^(\d{4})-(\d{1,2})$/.exec(text) ?? /^(\d{4})\/(\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月$/.exec(text);
  if (match) return isoFrom(match[1]!, match[2]!, '1');
  const date = parseDate(text);
  return date ? `${date.slice(0, 7)}-01` : null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×']);

/** 是/否, Y/N, yes/no, true/false, 1/0 (any case). */
export function parseYesNo(raw: string): boolean | null {
  const text = halfWidthDigits(raw).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
export function charLength(text: string): number {
  return [...text].length;
}

/**
 * Looks a label up in a table of accepted spellings: the Chinese labels as given, and the
 * English enum names in any case.
 */
export function lookupLabel<T extends string>(raw: string, labels: Readonly<Record<string, T>>, values: readonly T[]): T | null {
  if (Object.hasOwn(labels, raw)) return labels[raw]!;
  const upper = raw.toUpperCase();
  return values.find((value) => value === upper) ?? null;
}
