import { isIsoDate } from '../common/dates.js';
import { parseTable, type CellResult, type ColumnSpec, type RowError } from './rows.js';
import { charLength, halfWidthDigits, parseDecimal, parseMonth } from './values.js';

/**
 * One recorded figure read from an import file. `indicatorKey` (key or Chinese name) and
 * `scopeCode` (city or district, name or code) are as written, for the service to resolve.
 */
export interface IndicatorValueImportRow {
  /** Excel row number, for errors the service finds later. */
  row: number;
  indicatorKey: string;
  scopeCode: string;
  /** First day of the month, ISO. */
  period: string;
  value: number;
  sourceNote: string | null;
}

export type IndicatorValueImportField = Exclude<keyof IndicatorValueImportRow, 'row'>;

export interface IndicatorValueImport {
  rows: IndicatorValueImportRow[];
  errors: RowError[];
  /** Field → column name as written in the file, to word errors the service finds. */
  labels: Record<IndicatorValueImportField, string>;
}

/** The column is numeric(18, 4): 14 digits before the point. */
const MAX_VALUE = 1e14;
const MAX_DECIMALS = 4;

function raw(max: number, zh: string, en: string): (text: string) => CellResult {
  return (text) => (charLength(text) <= max ? { value: text } : { error: `${zh}不能超过 ${max} 个字 / ${en} must be at most ${max} characters` });
}

function value(text: string): CellResult {
  const parsed = parseDecimal(text);
  if (!parsed) return { error: '数值须为数字，如 1234.5 / value must be a number such as 1234.5' };
  if (parsed.value < 0) return { error: '数值不能为负数 / value must not be negative' };
  if (parsed.value >= MAX_VALUE) return { error: '数值须小于 10 的 14 次方 / value must be below 10^14' };
  if (parsed.decimals > MAX_DECIMALS) return { error: `数值最多 ${MAX_DECIMALS} 位小数 / value may have at most ${MAX_DECIMALS} decimal places` };
  return { value: parsed.value };
}

/** The indicator-value columns, with periods checked against `today` (ISO, the city's calendar). */
export function indicatorValueColumns(today: string): ColumnSpec[] {
  return [
    { field: 'indicatorKey', headers: ['指标', '指标名称', '指标键', 'indicator', 'indicatorKey'], required: true, parse: raw(100, '指标', 'indicatorKey') },
    {
      field: 'scopeCode',
      headers: ['区县/城市', '区县', '城市', '地区', '行政区划', '区划代码', 'scope', 'scopeCode'],
      required: true,
      parse: (text) => (/^[0-9０-９]+$/.test(text) ? { value: halfWidthDigits(text) } : raw(50, '区县/城市', 'scopeCode')(text)),
    },
    {
      field: 'period',
      headers: ['期间', '统计期', '月份', '统计月份', 'period'],
      required: true,
      parse: (text) => {
        const period = parseMonth(text);
        if (!period) return { error: '期间须为月份，如 2024-03、2024-03-01 或 2024年3月 / period must be a month such as 2024-03, 2024-03-01 or 2024年3月' };
        if (period > today) return { error: `期间不能晚于本月（${today.slice(0, 7)}）/ period must not be in the future (today is ${today})` };
        return { value: period };
      },
    },
    { field: 'value', headers: ['数值', '值', '指标值', 'value'], required: true, parse: value },
    {
      field: 'sourceNote',
      headers: ['备注', '数据来源', '来源', 'sourceNote', 'note'],
      required: false,
      parse: (text) => (text === '' ? { value: null } : raw(200, '备注', 'sourceNote')(text)),
    },
  ];
}

/** Reads an indicator-value import file. Only rows without errors are returned; `today` is an ISO date. */
export function parseIndicatorValueCsv(text: string, today: string): IndicatorValueImport {
  if (!isIsoDate(today)) throw new Error(`today must be an ISO date, got ${today}`);
  const { rows, errors, labels } = parseTable(text, indicatorValueColumns(today), {});
  return { rows: rows as unknown as IndicatorValueImportRow[], errors, labels: labels as IndicatorValueImport['labels'] };
}
