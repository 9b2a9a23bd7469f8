/**
 * The records of an import file, to show a person the cells the API found fault with.
 * csv-parse's browser build (RFC 4180: quoted cells, doubled quotes, line breaks inside
 * quotes); the import page loads this module when a file is chosen, so the staff pages'
 * first load does not carry the parser.
 */
import { parse } from 'csv-parse/browser/esm/sync';

/**
 * The records of a CSV text, read as the server reads an import (server/src/import/rows.ts:
 * csv-parse, the same version and options), so the preview's row numbers are the API's; null
 * when csv-parse refuses the file (an unclosed quote), as the server's dry run does too.
 */
export function parseCsv(text: string): string[][] | null {
  try {
    return parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { relax_column_count: true, relax_quotes: true }) as string[][];
  } catch {
    return null;
  }
}
