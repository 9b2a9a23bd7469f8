import type { Frequency } from '../graphql/types';

/** `2026-03` (a month input's value) as the API's period: any day of the period will do, the API takes its first. */
export function periodOfMonth(month: string): string | null {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? `${month}-01` : null;
}

/** The month input's value for a date: `2026-03-15` → `2026-03`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

const GRANULARITY: Record<Frequency, 'MONTH' | 'QUARTER' | 'YEAR'> = { MONTHLY: 'MONTH', QUARTERLY: 'QUARTER', YEARLY: 'YEAR' };
const YEARS_BACK: Record<Frequency, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 6 };

/** The recent figures shown beside the form: a year of months, three years of quarters, six of years. */
export function recentWindow(todayIso: string, frequency: Frequency): { from: string; to: string; granularity: 'MONTH' | 'QUARTER' | 'YEAR' } {
  const year = Number(todayIso.slice(0, 4)) - YEARS_BACK[frequency];
  return { from: `${year}${todayIso.slice(4, 7)}-01`, to: todayIso, granularity: GRANULARITY[frequency] };
}

/** A figure as typed: a number with at most 4 decimals (the column's scale), or why not. */
export function readFigure(text: string): number | 'required' | 'number' {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return 'required';
  return /^-?\d+(\.\d{1,4})?$/.test(trimmed) ? Number(trimmed) : 'number';
}
