import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { authorize, canManageCity } from '../auth/policy.js';
import { cleanReason } from '../common/change-reason.js';
import { TargetKind } from './target.enums.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { rowId } from '../common/ids.js';
import { writeTransaction } from '../common/write-transaction.js';
import { sameSnapshot } from '../common/no-op.js';
import { District } from '../geography/district.entity.js';
import { Target } from './target.entity.js';
import type { TargetPartInput } from './target-parts.inputs.js';
import type { TargetWriteContext } from './target-write.service.js';
import { targetSnapshot } from './target-snapshot.js';
import type { TargetView } from './target.type.js';
import { targetViews } from './target-views.service.js';

/** Parts are whole figures of the same unit as their target: equal when within rounding. */
const sameSum = (a: number, b: number) => Math.abs(a - b) < 1e-6;

function checkParts(parent: Target, parts: readonly TargetPartInput[], districts: readonly District[]): Map<string, District> {
  if (parent.kind !== TargetKind.INCREASE) {
    throw new BadUserInputError('只有新增类目标可分解到区县 / Only INCREASE targets are split into district parts', { field: 'parts' });
  }
  const byCode = new Map<string, District>();
  parts.forEach((part, i) => {
    const district = districts.find((d) => d.code === part.districtCode);
    if (!district) throw new BadUserInputError(`${part.districtCode} 不是本市的区县 / ${part.districtCode} is not a district of the target's city`, { field: `parts.${i}.districtCode` });
    if (byCode.has(part.districtCode)) throw new BadUserInputError(`区县 ${part.districtCode} 重复 / District ${part.districtCode} is given twice`, { field: `parts.${i}.districtCode` });
    if (!(part.targetValue > 0)) throw new BadUserInputError('分解值须大于 0 / a part must be above 0', { field: `parts.${i}.targetValue` });
    byCode.set(part.districtCode, district);
  });
  const sum = parts.reduce((s, p) => s + p.targetValue, 0);
  if (parts.length > 0 && !sameSum(sum, parent.targetValue)) {
    throw new BadUserInputError(`各区县分解之和 ${sum} 须等于市级目标 ${parent.targetValue} / The parts add up to ${sum}, not the city's ${parent.targetValue}`, {
      field: 'parts', sum, expected: parent.targetValue,
    });
  }
  return byCode;
}

/**
 * Splits a city's INCREASE target into district parts whose values add up to the city's,
 * replacing any split it had: parts of districts given again are updated, new ones created,
 * the rest deleted, each audited, and the city target's version moves on. No parts drops
 * the split; the split it has already writes nothing. Parts follow their city target's
 * indicator, kind and dates.
 */
export async function setTargetParts(ctx: TargetWriteContext, id: string, expectedVersion: number, parts: readonly TargetPartInput[], reason?: string | null): Promise<TargetView> {
  const note = cleanReason(reason);
  const numericId = rowId(id);
  const parent = await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    const t = numericId === null ? null : await tx.findOne(Target, { id: numericId }, { populate: ['indicator', 'district'] });
    if (!t) throw new NotFoundError('目标 / Target', id);
    const cityId = t.city?.id ?? t.district!.city.id;
    const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, cityId));
    if (t.version !== expectedVersion) throw new ConflictError(`该目标已被修改，当前版本 ${t.version} / The target changed; now at version ${t.version}`, { currentVersion: t.version, current: targetSnapshot(t) });
    if (!t.city) throw new BadUserInputError('只有市级目标可分解到区县 / Only a city’s own target is split into district parts', { field: 'id' });
    const districts = await tx.find(District, { city: cityId });
    const wanted = checkParts(t, parts, districts);
    const actor: Actor = { viewer, requestId: ctx.requestId };
    const audit = (action: AuditAction, part: Target, before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
      recordAudit(tx, actor, { action, entityType: 'Target', entityId: part.id, cityId, districtId: part.district?.id ?? null, before, after, reason: note });

    const existing = await tx.find(Target, { parent: t.id }, { populate: ['district'] });
    const changes: (() => void)[] = [];
    for (const part of existing) {
      const input = parts.find((p) => p.districtCode === part.district!.code);
      const before = targetSnapshot(part);
      if (!input) {
        tx.remove(part);
        changes.push(() => audit(AuditAction.DELETE, part, before, null));
        continue;
      }
      part.targetValue = input.targetValue;
      part.baseline = input.baseline;
      if (input.title != null) part.title = input.title;
      if (!sameSnapshot(before, targetSnapshot(part))) changes.push(() => audit(AuditAction.UPDATE, part, before, targetSnapshot(part)));
    }
    for (const input of parts.filter((p) => !existing.some((e) => e.district!.code === p.districtCode))) {
      const district = wanted.get(input.districtCode)!;
      const part = tx.create(Target, {
        city: null, district, parent: t, indicator: t.indicator, kind: t.kind, startsOn: t.startsOn, deadline: t.deadline,
        title: input.title ?? `${district.name}：${t.title}`.slice(0, 100), baseline: input.baseline, targetValue: input.targetValue,
      });
      changes.push(() => audit(AuditAction.CREATE, part, null, targetSnapshot(part)));
    }
    // The same split again changes nothing, so it writes nothing (README, "API conventions").
    if (changes.length === 0) return t;
    // The split is part of the city target's state: whoever saw the old one gets CONFLICT.
    const before = targetSnapshot(t);
    t.updatedAt = new Date();
    await tx.flush();
    changes.forEach((record) => record());
    audit(AuditAction.UPDATE, t, before, targetSnapshot(t));
    return t;
  });
  const [view] = await targetViews(ctx.em.fork(), [parent], ctx.today);
  return view!;
}

/**
 * What updateTarget may not change on a split: a part follows its city target's dates and
 * is valued through setTargetParts, and a split city target keeps the value its parts add to.
 */
export function checkSplitPatch(t: Target, hasParts: boolean, patch: { startsOn?: string | null; deadline?: string | null; targetValue?: number | null }): void {
  if (t.parent) {
    for (const field of ['startsOn', 'deadline', 'targetValue'] as const) {
      if (patch[field] != null) throw new BadUserInputError('区县分解目标的日期与目标值随市级目标，请用 setTargetParts 修改 / A district part follows its city target: change it with setTargetParts', { field: `patch.${field}` });
    }
  }
  if (hasParts && patch.targetValue != null && !sameSum(patch.targetValue, t.targetValue)) {
    throw new BadUserInputError('该目标已分解到区县，请先调整或撤销分解 / The target is split into district parts: change or drop the split first', { field: 'patch.targetValue' });
  }
}

/** A split city target's new dates, given to each of its parts, each audited. */
export async function followParentDates(tx: EntityManager, parent: Target, actor: Actor, reason: string | null): Promise<void> {
  const parts = await tx.find(Target, { parent: parent.id }, { populate: ['district'] });
  const changed = parts.filter((p) => p.startsOn !== parent.startsOn || p.deadline !== parent.deadline);
  const befores = changed.map(targetSnapshot);
  for (const part of changed) {
    part.startsOn = parent.startsOn;
    part.deadline = parent.deadline;
  }
  if (changed.length === 0) return;
  await tx.flush();
  changed.forEach((part, i) => recordAudit(tx, actor, {
    action: AuditAction.UPDATE, entityType: 'Target', entityId: part.id, cityId: parent.city!.id, districtId: part.district!.id, before: befores[i]!, after: targetSnapshot(part), reason,
  }));
}
