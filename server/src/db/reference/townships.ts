import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { townshipKindOf } from '../../geography/township-kind.js';
import type { TownshipKind } from '../../geography/township.enums.js';

/** One row of townships.csv (source and licence in README.md beside it). */
export interface ReferenceTownship {
  code: string;
  name: string;
  districtCode: string;
  kind: TownshipKind;
}

// Beside this module in src/ and, copied by the build, in dist/.
const FILE = new URL('./townships.csv', import.meta.url);

let cached: readonly ReferenceTownship[] | undefined;

/** The 230 township-level units of the 14 districts, in the file's order (by code). */
export function referenceTownships(): readonly ReferenceTownship[] {
  if (cached) return cached;
  const rows = parse(readFileSync(FILE, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  cached = rows.map((row) => {
    const code = row.code!;
    if (!code.startsWith(row.areaCode!)) throw new Error(`townships.csv: ${code} is not in district ${row.areaCode}`);
    return { code, name: row.name!, districtCode: row.areaCode!, kind: townshipKindOf(code) };
  });
  return cached;
}
