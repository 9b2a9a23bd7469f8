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

/** One formatter per decimals setting, made on first use: Intl formatters are costly to build. */
const fixedFormatters = new Map<number, Intl.NumberFormat>();
const upToFormatters = new Map<number, Intl.NumberFormat>();

function cachedFormatter(cache: Map<number, Intl.NumberFormat>, decimals: number, fixed: boolean): Intl.NumberFormat {
  let formatter = cache.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('zh-CN', {
      useGrouping: true,
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
    });
    cache.set(decimals, formatter);
  }
  return formatter;
}

/**
 * A share as a percentage, trailing zeros dropped: `formatPercent(0.893)` → "89.3%",
 * `formatPercent(1.43, 0)` → "143%", `formatPercent(0.5)` → "50%".
 */
export function formatPercent(ratio: MaybeNumber, decimals = 1): string {
  if (!isPresent(ratio)) return MISSING;
  return `${cachedFormatter(upToFormatters, decimals, false).format(ratio * 100)}%`;
}

/**
 * A rate with a fixed number of decimals, so figures in a column line up and a rolling
 * number does not jump in width: `formatRatio(2.83, 2)` → "2.83", `formatRatio(3, 2, '个')` → "3.00 个".
 */
export function formatRatio(value: MaybeNumber, decimals: number, unit = ''): string {
  if (!isPresent(value)) return MISSING;
  return withUnit(cachedFormatter(fixedFormatters, decimals, true).format(value), unit);
}

/** A change with its sign always shown: `formatSigned(2860, '个')` → "+2,860 个", `formatSigned(-12)` → "-12". */
export function formatSigned(value: MaybeNumber, unit = ''): string {
  if (!isPresent(value)) return MISSING;
  const text = formatCount(value, unit);
  return value > 0 ? `+${text}` : text;
}
