import { CsvError, parse } from 'csv-parse/sync';
import { textProblem } from '../common/text-rules.js';

/** Most data rows one file may hold. */
export const MAX_DATA_ROWS = 5_000;

/** How many rows from the top are searched for the header (Excel exports may start with a title row). */
const HEADER_SEARCH_ROWS = 10;

/**
 * One problem in an import file. `row` is the row number Excel shows (the header is
 * normally row 1, the first data row 2); `column` is the header as written in the file,
 * the field name when the column is missing, or '' for the file as a whole.
 */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export type CellResult = { value: unknown } | { error: string };

export interface ColumnSpec {
  /** Property of the parsed row; not `row`, which holds the row number. */
  field: string;
  /** Accepted header names, Chinese first: the first also names the column in messages. */
  headers: readonly string[];
  /** The column must be present and every cell in it filled. */
  required: boolean;
  /**
   * Parses a trimmed cell. Required columns never see an empty cell; optional ones get ''
   * for an empty cell or a missing column and return their default.
   */
  parse: (raw: string) => CellResult;
}

/** A rule over several cells of one row; sees only the cells that parsed. */
export type RowRule = (values: Readonly<Record<string, unknown>>) => { field: string; message: string } | null;

export interface TableOptions {
  rowRules?: readonly RowRule[];
  maxRows?: number;
}

/** A row every cell and rule of which passed: the parsed values by field, and its Excel row number. */
export type TableRow = { row: number } & Record<string, unknown>;

export interface ParsedTable {
  /** Rows without errors, in file order. */
  rows: TableRow[];
  /** Every error found, in file order. */
  errors: RowError[];
  /**
   * Rows with an error, with the cells that did parse: the caller's own checks (an unknown
   * district) run on them too, so a dry run lists every problem of a row at once.
   */
  rejected: TableRow[];
  /** Field → column name as written in the file (the field name when the column is missing). */
  labels: Record<string, string>;
}

/** Compares headers ignoring spaces, full-width/half-width forms (（） vs ()), case and `*` marks of required columns. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

function headerIndex(columns: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const index = new Map<string, ColumnSpec>();
  for (const spec of columns) {
    if (spec.field === 'row') throw new Error('Import column field "row" is reserved for the row number');
    for (const header of spec.headers) {
      const key = normalizeHeader(header);
      const other = index.get(key);
      if (other && other !== spec) throw new Error(`Import header "${header}" names both ${other.field} and ${spec.field}`);
      index.set(key, spec);
    }
  }
  return index;
}

/** The spec a header names: exactly, or without a trailing unit such as （个）. */
function specFor(header: string, index: Map<string, ColumnSpec>): ColumnSpec | undefined {
  const key = normalizeHeader(header);
  return index.get(key) ?? index.get(key.replace(/\([^()]*\)$/, ''));
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function readRecords(text: string): string[][] | RowError {
  try {
    return parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { relax_column_count: true, relax_quotes: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.records === 'number' ? error.records + 1 : 1;
    return { row, column: '', message: `CSV 格式错误（多半是引号未闭合）/ Malformed CSV (most likely an unclosed quote): ${error.message}` };
  }
}

/** The header: among the first non-blank rows, the one naming the most known columns. */
function findHeader(records: readonly string[][], index: Map<string, ColumnSpec>): number {
  let best = -1;
  let bestCount = 0;
  let seen = 0;
  for (let i = 0; i < records.length && seen < HEADER_SEARCH_ROWS; i++) {
    const record = records[i]!;
    if (isBlank(record)) continue;
    if (best < 0) best = i;
    seen++;
    const count = new Set(record.map((cell) => specFor(cell, index)).filter(Boolean)).size;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Parses CSV text into rows of typed values by the column specs, collecting every error
 * with its Excel row and column. Unknown columns and blank rows are ignored.
 */
export function parseTable(text: string, columns: readonly ColumnSpec[], options: TableOptions = {}): ParsedTable {
  const maxRows = options.maxRows ?? MAX_DATA_ROWS;
  const index = headerIndex(columns);
  const labels: Record<string, string> = Object.fromEntries(columns.map((spec) => [spec.field, spec.field]));
  const records = readRecords(text);
  if (!Array.isArray(records)) return { rows: [], errors: [records], labels, rejected: [] };

  const headerAt = findHeader(records, index);
  if (headerAt < 0) {
    return { rows: [], errors: [{ row: 1, column: '', message: '文件为空 / The file is empty' }], labels, rejected: [] };
  }
  const headerRow = headerAt + 1;
  const errors: RowError[] = [];
  const position = new Map<string, number>();
  records[headerAt]!.forEach((cell, i) => {
    const spec = specFor(cell, index);
    if (!spec) return;
    const header = cell.trim();
    if (position.has(spec.field)) {
      errors.push({ row: headerRow, column: header, message: `“${header}”与“${labels[spec.field]}”是同一列 / "${header}" and "${labels[spec.field]}" both give ${spec.field}` });
      return;
    }
    position.set(spec.field, i);
    labels[spec.field] = header;
  });
  const missing = columns.filter((spec) => spec.required && !position.has(spec.field));
  for (const spec of missing) {
    errors.push({
      row: headerRow,
      column: spec.field,
      message: `缺少必填列“${spec.headers[0]}” / Missing required column ${spec.field} (header ${spec.headers.map((h) => `"${h}"`).join(', ')})`,
    });
  }

  const data: { row: number; record: string[] }[] = [];
  records.forEach((record, i) => {
    if (i > headerAt && !isBlank(record)) data.push({ row: i + 1, record });
  });
  if (data.length > maxRows) {
    const message = `每个文件最多 ${maxRows} 行数据，本文件有 ${data.length} 行 / A file may hold at most ${maxRows.toLocaleString('en')} data rows; this one has ${data.length.toLocaleString('en')}`;
    return { rows: [], errors: [{ row: data[maxRows]!.row, column: '', message }], labels, rejected: [] };
  }
  if (data.length === 0) {
    errors.push({ row: headerRow + 1, column: '', message: '文件中没有数据行 / The file has no data rows' });
  }

  const rows: TableRow[] = [];
  const rejected: TableRow[] = [];
  for (const { row, record } of data) {
    const before = errors.length;
    const values: Record<string, unknown> = {};
    for (const spec of columns) {
      const at = position.get(spec.field);
      if (at === undefined && spec.required) continue;
      const raw = at === undefined ? '' : (record[at] ?? '').trim();
      const column = labels[spec.field]!;
      if (raw === '' && spec.required) {
        errors.push({ row, column, message: `${spec.headers[0]}不能为空 / ${spec.field} is required` });
        continue;
      }
      // The API's text rules hold for a file's cells as for any argument, except that a cell
      // may keep its line breaks: exports from office software carry them in addresses.
      const problem = textProblem(raw, 'multi-line');
      if (problem) {
        errors.push({ row, column, message: problem });
        continue;
      }
      const result = spec.parse(raw);
      if ('error' in result) errors.push({ row, column, message: result.error });
      else values[spec.field] = result.value;
    }
    for (const rule of options.rowRules ?? []) {
      const broken = rule(values);
      if (broken) errors.push({ row, column: labels[broken.field] ?? broken.field, message: broken.message });
    }
    if (errors.length === before && missing.length === 0) rows.push({ ...values, row });
    else rejected.push({ ...values, row });
  }
  return { rows, errors, labels, rejected };
}
