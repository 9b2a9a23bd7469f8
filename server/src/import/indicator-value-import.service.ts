import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { canEdit } from '../auth/policy.js';
import { cleanReason } from '../common/change-reason.js';
import { Computation } from '../indicators/indicator.enums.js';
import type { City } from '../geography/city.entity.js';
import type { District } from '../geography/district.entity.js';
import { IndicatorDefinition } from '../indicators/indicator.entity.js';
import { IndicatorValue } from '../indicators/indicator-value.entity.js';
import { decodeBase64Csv } from './decode.js';
import { findDistrict, importer, placesOf, refuseCommit, report, type ImportContext } from './import-context.js';
import type { ImportReport } from './import.types.js';
import { parseIndicatorValueCsv } from './indicator-value-columns.js';
import type { RowError } from './rows.js';
import { writeTransaction } from '../common/write-transaction.js';
import { periodStart } from '../indicators/period-start.js';


function snapshot(v: IndicatorValue): Record<string, unknown> {
  return { indicatorId: v.indicator.id, cityId: v.city?.id ?? null, districtId: v.district?.id ?? null, period: v.period, value: v.value, sourceNote: v.sourceNote, version: v.version };
}

interface Planned {
  indicator: IndicatorDefinition;
  city: City | null;
  district: District | null;
  period: string;
  value: number;
  sourceNote: string | null;
}

/**
 * Imports recorded figures of STORED indicators. Each row creates the period's figure or
 * replaces it (a bulk import is the office's statement of the figures, so it needs no
 * version); every change is audited. Dry run or all-or-nothing commit, as for institutions.
 */
export async function importIndicatorValues(ctx: ImportContext, file: string, dryRun: boolean, reason?: string | null): Promise<ImportReport> {
  const viewer = importer(ctx.viewer);
  const note = cleanReason(reason) ?? 'CSV 批量导入 / CSV import';
  const { text, encoding } = decodeBase64Csv(file);
  const parsed = parseIndicatorValueCsv(text, ctx.today);
  const errors: RowError[] = [...parsed.errors];
  const { city, districts } = await placesOf(ctx.em, viewer.cityId!);
  const definitions = await ctx.em.find(IndicatorDefinition, {});

  const seen = new Set<string>();
  const planned: Planned[] = parsed.rows.flatMap((row) => {
    const problem = (column: string, message: string) => (errors.push({ row: row.row, column, message }), []);
    const indicator = definitions.find((d) => d.key === row.indicatorKey || d.nameZh === row.indicatorKey);
    if (!indicator) return problem(parsed.labels.indicatorKey, `未知的指标“${row.indicatorKey}” / Unknown indicator “${row.indicatorKey}”`);
    if (indicator.computation !== Computation.STORED) return problem(parsed.labels.indicatorKey, `${indicator.nameZh}由系统计算，不能导入 / ${indicator.nameEn} is computed, not imported`);
    const isCity = row.scopeCode === city.code || row.scopeCode === city.name;
    const district = isCity ? null : findDistrict(districts, row.scopeCode);
    if (!isCity && !district) return problem(parsed.labels.scopeCode, `本市没有“${row.scopeCode}” / No “${row.scopeCode}” in your city`);
    if (!canEdit(viewer, { cityId: city.id, districtId: district?.id ?? null })) return problem(parsed.labels.scopeCode, `无权填报“${row.scopeCode}”的数据 / You may not record figures for “${row.scopeCode}”`);
    const period = periodStart(indicator.frequency, row.period);
    const key = `${indicator.id}|${district?.id ?? 'city'}|${period}`;
    if (seen.has(key)) return problem(parsed.labels.period, `与前面的行重复（同一指标、地区、期间）/ Repeats an earlier row (same indicator, place and period)`);
    seen.add(key);
    return [{ indicator, city: isCity ? city : null, district: district ?? null, period, value: row.value, sourceNote: row.sourceNote }];
  });

  if (dryRun) return report(true, false, encoding, planned.length, 0, errors);
  if (errors.length > 0) throw refuseCommit(errors);

  const count = await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    for (const p of planned) {
      const scope = p.city ? { city: p.city } : { district: p.district };
      const existing = await tx.findOne(IndicatorValue, { indicator: p.indicator, period: p.period, ...scope });
      const before = existing ? snapshot(existing) : null;
      const value = existing ?? tx.create(IndicatorValue, { indicator: p.indicator, city: p.city, district: p.district, period: p.period, value: p.value });
      value.value = p.value;
      value.sourceNote = p.sourceNote;
      await tx.flush();
      recordAudit(tx, { viewer, requestId: ctx.requestId }, {
        action: AuditAction.IMPORT, entityType: 'IndicatorValue', entityId: value.id, cityId: city.id, districtId: p.district?.id ?? null,
        before, after: snapshot(value), reason: note,
      });
    }
    return planned.length;
  });
  return report(false, true, encoding, planned.length, count, []);
}
