import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { authorize, canManageCity } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { cleanReason } from '../common/change-reason.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { sameSnapshot } from '../common/no-op.js';
import { placeholders, query } from '../common/sql.js';
import { writeTransaction } from '../common/write-transaction.js';
import { City } from '../geography/city.entity.js';
import { DEFAULT_PACE_THRESHOLDS, thresholdsProblem, type PaceThresholds } from './pace.js';
import { PaceSetting } from './pace-setting.entity.js';

/** A city's thresholds as the API shows them; version 0 means the defaults, never changed. */
export interface CityPaceThresholds extends PaceThresholds {
  cityId: number;
  version: number;
}

/** The thresholds of many cities in one statement, the defaults where a city set none. */
export async function thresholdsOfCities(em: EntityManager, cityIds: readonly number[]): Promise<Map<number, CityPaceThresholds>> {
  const unique = [...new Set(cityIds)];
  const result = new Map<number, CityPaceThresholds>(unique.map((id) => [id, { cityId: id, ...DEFAULT_PACE_THRESHOLDS, version: 0 }]));
  if (unique.length === 0) return result;
  const rows = await query<{ city_id: number; behind_from: string; far_behind_from: string; version: number }>(
    em,
    `select city_id, behind_from, far_behind_from, version from pace_setting where city_id in (${placeholders(unique.length)})`,
    unique,
  );
  for (const r of rows) result.set(r.city_id, { cityId: r.city_id, behindFrom: Number(r.behind_from), farBehindFrom: Number(r.far_behind_from), version: r.version });
  return result;
}

export interface PaceWriteContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
}

const snapshot = (t: PaceThresholds & { version: number }) => ({ behindFrom: t.behindFrom, farBehindFrom: t.farBehindFrom, version: t.version });

/** A city admin sets their city's thresholds; `expectedVersion` 0 for a city still on the defaults. */
export async function setPaceThresholds(
  ctx: PaceWriteContext,
  cityCode: string,
  expectedVersion: number,
  wanted: PaceThresholds,
  reason?: string | null,
): Promise<CityPaceThresholds> {
  const note = cleanReason(reason);
  const conflict = (version: number) => new ConflictError(`进度阈值已被修改，当前版本 ${version} / The thresholds changed; now at version ${version}`, { currentVersion: version });
  return writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    const city = await tx.findOne(City, { code: cityCode });
    if (!city) throw new NotFoundError('城市 / City', cityCode);
    const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, city.id));
    // Locked, so two admins saving at once cannot both start from the same version.
    const setting = await tx.findOne(PaceSetting, { city: city.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const current = setting ? { behindFrom: setting.behindFrom, farBehindFrom: setting.farBehindFrom, version: setting.version } : { ...DEFAULT_PACE_THRESHOLDS, version: 0 };
    if (current.version !== expectedVersion) throw conflict(current.version);
    const problem = thresholdsProblem(wanted);
    if (problem) throw new BadUserInputError(problem.message, { field: problem.field });
    if (sameSnapshot(snapshot(current), snapshot({ ...wanted, version: current.version }))) return { cityId: city.id, ...current };
    const row = setting ?? tx.create(PaceSetting, { city, behindFrom: wanted.behindFrom, farBehindFrom: wanted.farBehindFrom });
    row.behindFrom = wanted.behindFrom;
    row.farBehindFrom = wanted.farBehindFrom;
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: setting ? AuditAction.UPDATE : AuditAction.CREATE, entityType: 'PaceSetting', entityId: row.id, cityId: city.id, districtId: null,
      before: setting ? snapshot(current) : null, after: snapshot(row), reason: note,
    });
    return { cityId: city.id, behindFrom: row.behindFrom, farBehindFrom: row.farBehindFrom, version: row.version };
  }).catch((error: unknown) => {
    // Two first changes of a city at once: the row the other created wins.
    throw error instanceof UniqueConstraintViolationException ? conflict(1) : error;
  });
}
