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

function csvCell(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark, which Excel needs to read
 * Chinese text as UTF-8 rather than the system code page.
 */
export function toCsv(table: Table, lang: Lang): string {
  const lines = [headers(table, lang).map(csvCell), ...table.rows.map((row) => row.map(csvCell))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
