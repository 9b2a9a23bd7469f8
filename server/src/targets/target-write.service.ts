import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { authorize, canManageCity } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { cleanReason } from '../common/change-reason.js';
import { normaliseDate } from '../common/dates.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TargetKind } from './target.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';
import { IndicatorDefinition } from '../indicators/indicator.entity.js';
import { Target } from './target.entity.js';
import { targetSnapshot } from './target-snapshot.js';
import { targetViews } from './target-views.service.js';
import { checkSplitPatch, followParentDates } from './target-parts.service.js';
import { COVERAGE_INDICATOR } from './coverage.service.js';
import { CoverageUnit } from './target.enums.js';
import type { TargetInput, TargetPatch } from './target-write.inputs.js';
import type { TargetView } from './target.type.js';
import { writeTransaction } from '../common/write-transaction.js';
import { rowId } from '../common/ids.js';
import { sameSnapshot } from '../common/no-op.js';

export interface TargetWriteContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  today: string;
}

function checkRules(t: { startsOn: string; deadline: string; kind: TargetKind; baseline: number; targetValue: number }, path: string): void {
  if (t.deadline < t.startsOn) throw new BadUserInputError('截止日期不能早于起始日期 / deadline cannot be before startsOn', { field: `${path}.deadline` });
  if (t.kind === TargetKind.INCREASE && t.targetValue <= 0) throw new BadUserInputError('新增目标须大于 0 / an increase must be above 0', { field: `${path}.targetValue` });
  if (t.kind === TargetKind.COVERAGE) {
    for (const field of ['baseline', 'targetValue'] as const) {
      if (t[field] > 100) throw new BadUserInputError('覆盖率为 0 到 100（%）/ a coverage is a percentage from 0 to 100', { field: `${path}.${field}` });
    }
  }
}

async function view(em: EntityManager, target: Target, today: string): Promise<TargetView> {
  const [found] = await targetViews(em, [target], today);
  return found!;
}

/** Targets belong to a city admin: of their city or one of its districts. */
export async function createTarget(ctx: TargetWriteContext, input: TargetInput, reason?: string | null): Promise<TargetView> {
  const note = cleanReason(reason);
  const startsOn = normaliseDate(input.startsOn, 'input.startsOn');
  const deadline = normaliseDate(input.deadline, 'input.deadline');
  checkRules({ startsOn, deadline, kind: input.kind, baseline: input.baseline, targetValue: input.targetValue }, 'input');
  if (input.coverageUnit != null && input.kind !== TargetKind.COVERAGE) throw new BadUserInputError('只有覆盖率目标有 coverageUnit / only a COVERAGE target has a coverageUnit', { field: 'input.coverageUnit' });
  const target = await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    const city = await tx.findOne(City, { code: input.scopeCode });
    const district = city ? null : await tx.findOne(District, { code: input.scopeCode });
    if (!city && !district) throw new BadUserInputError(`未知的城市或区县代码 ${input.scopeCode} / Unknown city or district ${input.scopeCode}`, { field: 'input.scopeCode' });
    const cityId = city?.id ?? district!.city.id;
    const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, cityId));
    const indicator = await tx.findOne(IndicatorDefinition, { key: input.indicatorKey });
    if (!indicator) throw new BadUserInputError(`未知的指标 ${input.indicatorKey} / Unknown indicator ${input.indicatorKey}`, { field: 'input.indicatorKey' });
    if (input.kind === TargetKind.COVERAGE && indicator.key !== COVERAGE_INDICATOR) {
      throw new BadUserInputError(`覆盖率目标考核 ${COVERAGE_INDICATOR} / a COVERAGE target measures ${COVERAGE_INDICATOR}`, { field: 'input.indicatorKey' });
    }
    const coverageUnit = input.kind === TargetKind.COVERAGE ? (input.coverageUnit ?? CoverageUnit.TOWNSHIP) : null;
    const created = tx.create(Target, { city, district, indicator, title: input.title, kind: input.kind, coverageUnit, startsOn, deadline, baseline: input.baseline, targetValue: input.targetValue });
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: AuditAction.CREATE, entityType: 'Target', entityId: created.id, cityId, districtId: district?.id ?? null, before: null, after: targetSnapshot(created), reason: note,
    });
    return created;
  });
  return view(ctx.em.fork(), target, ctx.today);
}

export async function updateTarget(ctx: TargetWriteContext, id: string, expectedVersion: number, patch: TargetPatch, reason?: string | null): Promise<TargetView> {
  const note = cleanReason(reason);
  const numericId = rowId(id);
  const conflict = (t: Target) => new ConflictError(`该目标已被修改，当前版本 ${t.version} / The target changed; now at version ${t.version}`, { currentVersion: t.version, current: targetSnapshot(t) });
  try {
    const target = await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
      const t = numericId === null ? null : await tx.findOne(Target, { id: numericId }, { populate: ['district', 'indicator'] });
      if (!t) throw new NotFoundError('目标 / Target', id);
      const cityId = t.city?.id ?? t.district!.city.id;
      const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, cityId));
      if (t.version !== expectedVersion) throw conflict(t);
      const hasParts = !t.parent && (await tx.count(Target, { parent: t.id })) > 0;
      checkSplitPatch(t, hasParts, patch);
      const before = targetSnapshot(t);
      if (patch.title != null) t.title = patch.title;
      if (patch.startsOn != null) t.startsOn = normaliseDate(patch.startsOn, 'patch.startsOn');
      if (patch.deadline != null) t.deadline = normaliseDate(patch.deadline, 'patch.deadline');
      if (patch.baseline != null) t.baseline = patch.baseline;
      if (patch.targetValue != null) t.targetValue = patch.targetValue;
      if (sameSnapshot(before, targetSnapshot(t))) return t;
      checkRules(t, 'patch');
      await tx.flush();
      if (hasParts) await followParentDates(tx, t, { viewer, requestId: ctx.requestId }, note);
      recordAudit(tx, { viewer, requestId: ctx.requestId }, {
        action: AuditAction.UPDATE, entityType: 'Target', entityId: t.id, cityId, districtId: t.district?.id ?? null, before, after: targetSnapshot(t), reason: note,
      });
      return t;
    });
    return view(ctx.em.fork(), target, ctx.today);
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(await ctx.em.fork().findOneOrFail(Target, { id: numericId! }, { populate: ['district'] }));
    throw error;
  }
}
