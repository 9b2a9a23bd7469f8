import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { authorize, canEdit } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { cleanReason } from '../common/change-reason.js';
import { normaliseDate } from '../common/dates.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { Computation } from './indicator.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { IndicatorDefinition } from './indicator.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import type { IndicatorValueInput, RecordedValue } from './indicator-value.types.js';
import { writeTransaction } from '../common/write-transaction.js';
import { periodStart } from './period-start.js';

export interface ValueWriteContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  today: string;
}


function snapshot(v: IndicatorValue): Record<string, unknown> {
  return { indicatorId: v.indicator.id, cityId: v.city?.id ?? null, districtId: v.district?.id ?? null, period: v.period, value: v.value, sourceNote: v.sourceNote, version: v.version };
}

function recorded(v: IndicatorValue, indicatorKey: string, scopeCode: string): RecordedValue {
  return { indicatorKey, scopeCode, period: v.period, value: v.value, sourceNote: v.sourceNote, version: v.version, updatedAt: v.updatedAt };
}

/**
 * Records the figure of a STORED indicator for a period: creates it, or replaces the one
 * recorded before when the caller holds its current version. LIVE figures are counted
 * from institutions and DERIVED ones computed, so neither is ever typed in. Recording the
 * value and note a period already holds writes nothing.
 */
export async function recordIndicatorValue(ctx: ValueWriteContext, input: IndicatorValueInput, expectedVersion: number | null | undefined, reason?: string | null): Promise<RecordedValue> {
  const note = cleanReason(reason);
  const day = normaliseDate(input.period, 'input.period');
  if (day > ctx.today) throw new BadUserInputError('期间不能晚于今天 / period cannot be in the future', { field: 'input.period' });
  const conflict = (v: IndicatorValue) =>
    new ConflictError(`该期数值已被填报或修改，当前版本 ${v.version} / This period's figure was recorded or changed; now at version ${v.version}`, { currentVersion: v.version, current: snapshot(v) });
  try {
    return await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
      const indicator = await tx.findOne(IndicatorDefinition, { key: input.indicatorKey });
      if (!indicator) throw new BadUserInputError(`未知的指标 ${input.indicatorKey} / Unknown indicator ${input.indicatorKey}`, { field: 'input.indicatorKey' });
      if (indicator.computation !== Computation.STORED) {
        throw new BadUserInputError(`${indicator.nameZh} 由系统计算，不能填报 / ${indicator.nameEn} is computed, not recorded`, { field: 'input.indicatorKey' });
      }
      const city = await tx.findOne(City, { code: input.scopeCode });
      const district = city ? null : await tx.findOne(District, { code: input.scopeCode });
      if (!city && !district) throw new BadUserInputError(`未知的城市或区县代码 ${input.scopeCode} / Unknown city or district ${input.scopeCode}`, { field: 'input.scopeCode' });
      const place = { cityId: city?.id ?? district!.city.id, districtId: district?.id ?? null };
      const viewer = authorize(ctx.viewer, canEdit(ctx.viewer, place));
      const period = periodStart(indicator.frequency, day);

      const existing = await tx.findOne(IndicatorValue, { indicator, period, ...(city ? { city } : { district }) });
      const before = existing ? snapshot(existing) : null;
      if (existing && existing.version !== expectedVersion) throw conflict(existing);
      const unchanged = existing && existing.value === input.value && existing.sourceNote === (input.sourceNote || null);
      if (existing && unchanged) return recorded(existing, indicator.key, input.scopeCode);
      const value = existing ?? tx.create(IndicatorValue, { indicator, city, district, period, value: input.value });
      value.value = input.value;
      value.sourceNote = input.sourceNote || null;
      await tx.flush();
      recordAudit(tx, { viewer, requestId: ctx.requestId }, {
        action: existing ? AuditAction.UPDATE : AuditAction.CREATE, entityType: 'IndicatorValue', entityId: value.id, ...place, before, after: snapshot(value), reason: note,
      });
      return recorded(value, indicator.key, input.scopeCode);
    });
  } catch (error) {
    // Two first recordings of one period race on the unique index; the loser hears CONFLICT.
    if (error instanceof OptimisticLockError || (error as { code?: string }).code === '23505') {
      throw new ConflictError('该期数值刚被他人填报 / Someone else just recorded this period', {});
    }
    throw error;
  }
}
