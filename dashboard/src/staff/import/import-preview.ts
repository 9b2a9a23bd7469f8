import { pickLanguage, type Lang } from '../i18n';
import type { RowError } from '../graphql/errors';

/** One line of the dry run's table: where the problem is, what the cell holds, what is wrong. */
export interface PreviewRow {
  row: number;
  /** The column as headed in the file; '' for the file as a whole. */
  column: string;
  /** The cell's content as the file has it, when it can be found. */
  cell: string | null;
  message: string;
}

/** Where the header is: the first of the top rows naming any column the errors name (Excel may put a title row first). */
function headerRow(records: readonly string[][], columns: ReadonlySet<string>): number {
  const limit = Math.min(records.length, 10);
  for (let i = 0; i < limit; i += 1) {
    if (records[i]!.some((cell) => columns.has(cell.trim()))) return i;
  }
  return 0;
}

/**
 * The API's row errors as the preview table shows them: by row, then in the file's column
 * order, each with the cell it is about (rows are numbered as Excel numbers them, the
 * header usually row 1) and the message in the page's language.
 */
export function previewRows(errors: readonly RowError[], records: readonly string[][] | null, lang: Lang): PreviewRow[] {
  const columns = new Set(errors.map((e) => e.column).filter((c) => c !== ''));
  const header = records ? records[headerRow(records, columns)] ?? [] : [];
  const position = (column: string) => {
    const index = header.findIndex((cell) => cell.trim() === column);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return errors
    .map((error) => {
      const index = position(error.column);
      const cell = records && index !== Number.MAX_SAFE_INTEGER ? (records[error.row - 1]?.[index] ?? null) : null;
      return { row: error.row, column: error.column, cell, message: pickLanguage(error.message, lang), order: index };
    })
    .sort((a, b) => a.row - b.row || a.order - b.order)
    .map(({ order: _order, ...row }) => row);
}
