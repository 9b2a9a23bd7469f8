import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, requireViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../common/errors.js';
import { Role } from '../auth/role.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { Township } from '../geography/township.entity.js';
import type { RowError } from './rows.js';
import type { ImportReport } from './import.types.js';

export const MAX_REPORTED_ERRORS = 500;

export interface ImportContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  today: string;
}

/** Only staff and city admins import; what each row may touch is checked per row. */
export function importer(viewer: Viewer | null): Viewer {
  const who = requireViewer(viewer);
  return authorize(who, who.kind === 'USER' && (who.role === Role.STAFF || who.role === Role.CITY_ADMIN) && who.cityId !== null);
}

/** The importer's city and its districts, to resolve names and codes as the offices write them. */
export async function placesOf(em: EntityManager, cityId: number): Promise<{ city: City; districts: District[]; townships: Township[] }> {
  const city = await em.findOneOrFail(City, { id: cityId });
  const districts = await em.find(District, { city: cityId });
  const townships = await em.find(Township, { district: { city: cityId } });
  return { city, districts, townships };
}

/** A township of the district by its 9-digit code or its name. */
export function findTownship(townships: readonly Township[], district: District, raw: string): Township | undefined {
  return townships.find((t) => t.district.id === district.id && (t.code === raw || t.name === raw));
}

/** A district by its 6-digit code or its name (监利县 is the old name of 监利市). */
export function findDistrict(districts: readonly District[], raw: string): District | undefined {
  const name = raw === '监利县' ? '监利市' : raw;
  return districts.find((d) => d.code === raw || d.name === name);
}

export function report(dryRun: boolean, committed: boolean, encoding: string, validRowCount: number, importedCount: number, errors: RowError[]): ImportReport {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return { dryRun, committed, encoding, validRowCount, importedCount, errorCount: errors.length, errors: sorted.slice(0, MAX_REPORTED_ERRORS) };
}

/** A commit with problems writes nothing and says why, every row of it. */
export function refuseCommit(errors: RowError[]): BadUserInputError {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return new BadUserInputError(`文件有 ${errors.length} 处错误，未导入任何数据 / The file has ${errors.length} problem(s); nothing was imported`, {
    field: 'file',
    errorCount: errors.length,
    rowErrors: sorted.slice(0, MAX_REPORTED_ERRORS),
  });
}
