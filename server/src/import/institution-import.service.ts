import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { canEdit } from '../auth/policy.js';
import { Institution } from '../childcare/institution.entity.js';
import { institutionSnapshot } from '../childcare/institution-snapshot.js';
import { isOpenNameClash, openNameConflict } from '../childcare/name-clash.js';
import { cleanReason } from '../common/change-reason.js';
import { decodeBase64Csv } from './decode.js';
import { findDistrict, findTownship, importer, placesOf, refuseCommit, report, type ImportContext } from './import-context.js';
import type { ImportReport } from './import.types.js';
import { parseInstitutionCsv } from './institution-columns.js';
import type { RowError } from './rows.js';
import { writeTransaction } from '../common/write-transaction.js';

function unknownDistrict(name: string): string {
  return `本市没有区县“${name}” / No district “${name}” in your city`;
}

/**
 * Imports new institutions from a district office's CSV. A dry run reports every problem
 * and writes nothing; a commit writes every row in one transaction, or nothing at all.
 */
export async function importInstitutions(ctx: ImportContext, file: string, dryRun: boolean, reason?: string | null): Promise<ImportReport> {
  const viewer = importer(ctx.viewer);
  const note = cleanReason(reason) ?? 'CSV 批量导入 / CSV import';
  const { text, encoding } = decodeBase64Csv(file);
  const parsed = parseInstitutionCsv(text, ctx.today);
  const errors: RowError[] = [...parsed.errors];
  const { districts, townships } = await placesOf(ctx.em, viewer.cityId!);

  // A row with other errors still gets its district checked, so one dry run names every problem.
  for (const row of parsed.rejected) {
    if (row.district !== undefined && !findDistrict(districts, row.district)) {
      errors.push({ row: row.row, column: parsed.labels.district, message: unknownDistrict(row.district) });
    }
  }

  const existing = await ctx.em.find(Institution, { district: { $in: districts.map((d) => d.id) }, closedOn: null }, { fields: ['name', 'district'] });
  const taken = new Set(existing.map((i) => `${i.district.id}|${i.name}`));
  const planned = parsed.rows.flatMap((row) => {
    const district = findDistrict(districts, row.district);
    const problem = (column: string, message: string) => (errors.push({ row: row.row, column, message }), []);
    if (!district) return problem(parsed.labels.district, unknownDistrict(row.district));
    if (!canEdit(viewer, { cityId: district.city.id, districtId: district.id })) {
      return problem(parsed.labels.district, `无权编辑${district.name}的数据 / You may not edit ${district.nameEn}`);
    }
    const township = row.township === null ? null : findTownship(townships, district, row.township);
    if (township === undefined) {
      return problem(parsed.labels.township, `${district.name}没有乡镇街道“${row.township}” / ${district.nameEn} has no township “${row.township}”`);
    }
    const key = `${district.id}|${row.name}`;
    if (taken.has(key)) return problem(parsed.labels.name, `${district.name}已有同名机构“${row.name}” / ${district.nameEn} already has “${row.name}”`);
    taken.add(key);
    return [{ row, district, township }];
  });

  // In file order, each row's problems together (a stable sort keeps their column order).
  errors.sort((a, b) => a.row - b.row);
  if (dryRun) return report(true, false, encoding, planned.length, 0, errors);
  if (errors.length > 0) throw refuseCommit(errors);

  try {
    const count = await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
      const created = planned.map(({ row, district, township }) => {
        const { row: _row, district: _district, township: _township, ...fields } = row;
        return { institution: tx.create(Institution, { ...fields, district, township }), district };
      });
      await tx.flush();
      for (const { institution, district } of created) {
        recordAudit(tx, { viewer, requestId: ctx.requestId }, {
          action: AuditAction.IMPORT, entityType: 'Institution', entityId: institution.id, cityId: district.city.id, districtId: district.id,
          before: null, after: institutionSnapshot(institution), reason: note,
        });
      }
      return created.length;
    });
    return report(false, true, encoding, planned.length, count, []);
  } catch (error) {
    // Another import or creation took one of the names between our check and our commit.
    throw isOpenNameClash(error) ? openNameConflict('file') : error;
  }
}
