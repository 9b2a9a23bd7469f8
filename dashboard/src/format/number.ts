/**
 * Numbers as Chinese official reports write them: thousands grouped with commas
 * ("14,826 个"), large counts in 万 with at most two decimals ("1.48万").
 * Pure: no DOM, no current locale; a missing value shows as a dash.
 */

/** What a missing or non-finite value is shown as. */
export const MISSING = '—';

const WAN = 10_000;

const grouped = new Intl.NumberFormat('zh-CN', {
  useGrouping: true,
  maximumFractionDigits: 2,
});

type MaybeNumber = number | null | undefined;

function isPresent(value: MaybeNumber): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function withUnit(text: string, unit: string): string {
  return unit === '' ? text : `${text} ${unit}`;
}

/** `formatCount(14826, '个')` → "14,826 个"; `formatCount(3.6249, '个')` → "3.62 个". */
export function formatCount(value: MaybeNumber, unit = ''): string {
  if (!isPresent(value)) return MISSING;
  return withUnit(grouped.format(value), unit);
}

/**
 * `formatWan(14826)` → "1.48万"; below 10,000 the plain grouped number ("9,999").
 * With a unit: `formatWan(14826, '个')` → "1.48万个", `formatWan(826, '个')` → "826 个".
 */
export function formatWan(value: MaybeNumber, unit = ''): string {
  if (!isPresent(value)) return MISSING;
  if (Math.abs(value) < WAN) return withUnit(grouped.format(value), unit);
  return `${grouped.format(value / WAN)}万${unit}`;
}
