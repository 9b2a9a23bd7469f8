import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { headers, neutraliseFormula, type Lang, type Table } from './table.js';

/** The table as an XLSX workbook of one sheet: bold header row, numbers as numbers, dates as dates. */
export async function toXlsx(table: Table, lang: Lang): Promise<Buffer> {
  const head: Row = headers(table, lang).map((value) => ({ value, fontWeight: 'bold' }));
  const body: Row[] = table.rows.map((row) =>
    row.map((value, i) => {
      if (value === null) return null;
      const column = table.columns[i]!;
      if (column.type === 'number' && typeof value === 'number') return { value, type: Number };
      if (column.type === 'date' && typeof value === 'string') return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
      return { value: neutraliseFormula(String(value)), type: String };
    }),
  );
  // Sheet names: at most 31 characters, none of []:*?/\ .
  const sheet = (lang === 'en' ? table.title.en : table.title.zh).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  return writeXlsxFile([head, ...body], { sheet, stickyRowsCount: 1 }).toBuffer();
}
