/**
 * For tests: read a built EChartsOption as ECharts would. The option types are wide unions
 * (one series or a list, a formatter string or callback), so tests go through these helpers.
 */
import type { EChartsOption } from 'echarts';

/** A component (series, axis, visualMap) as a plain record of its options. */
export type OptionPart = Record<string, unknown>;

/** The option's `key` as a list of components, whether it was given as one or many. */
export function partsOf(option: EChartsOption, key: 'series' | 'xAxis' | 'yAxis' | 'visualMap' | 'tooltip'): OptionPart[] {
  const value: unknown = option[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as OptionPart[];
}

/** The `index`th component under `key`; throws (failing the test) when there is none. */
export function partOf(option: EChartsOption, key: 'series' | 'xAxis' | 'yAxis' | 'visualMap' | 'tooltip', index = 0): OptionPart {
  const part = partsOf(option, key)[index];
  if (!part) throw new Error(`the option has no ${key}[${index}]`);
  return part;
}

/** A nested record (`label`, `markLine`, `axisLabel`…) of a component; throws when missing. */
export function field(part: OptionPart, key: string): OptionPart {
  const value = part[key];
  if (typeof value !== 'object' || value === null) throw new Error(`no ${key} in the option part`);
  return value as OptionPart;
}

/** A list-valued option (`data`) of a component; throws when missing. */
export function listOf(part: OptionPart, key: string): unknown[] {
  const value = part[key];
  if (!Array.isArray(value)) throw new Error(`no list ${key} in the option part`);
  return value as unknown[];
}

/** Calls a formatter callback as ECharts would, with the parameters a test gives. */
export function callFormatter(formatter: unknown, params: unknown): string {
  if (typeof formatter !== 'function') throw new Error('the formatter is not a function');
  return String(formatter(params));
}

/** The aria description: the sentence a screen reader speaks for the chart. */
export function ariaDescription(option: EChartsOption): string {
  const aria = option.aria as { enabled?: boolean; label?: { description?: string } } | undefined;
  if (!aria?.enabled || typeof aria.label?.description !== 'string') throw new Error('the option has no aria description');
  return aria.label.description;
}
