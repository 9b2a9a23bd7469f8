import { stringify } from 'csv-stringify/sync';

/**
 * A table to export, and its two file formats. Pure, apart from the XLSX writer's zip.
 */
export type CellValue = string | number | boolean | null;

export interface TableColumn {
  zh: string;
  en: string;
  /** How the XLSX cell is typed; CSV writes every value as text. */
  type: 'text' | 'number' | 'date';
}

export interface Table {
  /** Sheet name and the start of the file name, e.g. 托育机构 / institutions. */
  title: { zh: string; en: string };
  columns: readonly TableColumn[];
  rows: readonly (readonly CellValue[])[];
}

export type Lang = 'zh-CN' | 'en';

export function headers(table: Table, lang: Lang): string[] {
  return table.columns.map((c) => (lang === 'en' ? c.en : c.zh));
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe: a hostile institution name must not become a formula in an
 * official's Excel (OWASP "CSV injection"). Numbers are written as numbers, never touched.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** What a cell holds as CSV text: formulas neutralised, booleans as true/false, null empty. */
function csvText(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? neutraliseFormula(value) : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark, which Excel needs to read
 * Chinese text as UTF-8 rather than the system code page. Quoting is csv-stringify's, from
 * the same project as the csv-parse that reads the import back.
 */
export function toCsv(table: Table, lang: Lang): string {
  const records = [headers(table, lang).map(csvText), ...table.rows.map((row) => row.map(csvText))];
  // csv-stringify quotes a cell holding the whole CRLF record delimiter, but not a lone CR or
  // LF, which Excel and csv-parse still read as line breaks: those are quoted too.
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
