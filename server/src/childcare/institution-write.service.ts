import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { authorize, canEdit } from '../auth/policy.js';
import { cleanReason } from '../common/change-reason.js';
import { normaliseDate } from '../common/dates.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { District } from '../geography/district.entity.js';
import { Institution } from './institution.entity.js';
import { checkInstitutionRules } from './institution-rules.js';
import { institutionSnapshot } from './institution-snapshot.js';
import { isOpenNameClash, openNameConflict } from './name-clash.js';
import type { InstitutionInput, InstitutionPatch } from './institution-write.inputs.js';
import { noteWrite, writeTransaction } from '../common/write-transaction.js';
import { writeInstitutionChange } from './institution-change.sql.js';
import { fromRow, type InstitutionRow } from './institution-list.sql.js';
import { query } from '../common/sql.js';
import { rowId } from '../common/ids.js';
import { sameSnapshot } from '../common/no-op.js';
import { checkTownshipOf, requireTownshipOf, townshipByCode } from '../geography/township.service.js';

export interface WriteContext {
  em: EntityManager;
  today: string;
  viewer: Viewer | null;
  requestId: string;
}

const ENTITY = 'Institution';

function conflict(current: Institution): ConflictError {
  return new ConflictError(`该机构已被他人修改，当前版本 ${current.version} / The institution was changed by someone else; it is now at version ${current.version}`, {
    currentVersion: current.version,
    current: institutionSnapshot(current),
  });
}

function parseId(id: string): number {
  const numeric = rowId(id);
  if (numeric === null) throw new NotFoundError('机构 / Institution', id);
  return numeric;
}

export async function createInstitution(ctx: WriteContext, input: InstitutionInput, reason?: string | null): Promise<Institution> {
  const note = cleanReason(reason);
  const openedOn = normaliseDate(input.openedOn, 'input.openedOn');
  return writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    if (await tx.count(Institution, { district: { code: input.districtCode }, name: input.name, closedOn: null })) throw openNameConflict('input.name');
    const district = await tx.findOne(District, { code: input.districtCode });
    if (!district) throw new BadUserInputError(`未知的区县代码 ${input.districtCode} / Unknown district ${input.districtCode}`, { field: 'input.districtCode' });
    const viewer = authorize(ctx.viewer, canEdit(ctx.viewer, { cityId: district.city.id, districtId: district.id }));
    checkInstitutionRules({ slots: input.slots, enrolled: input.enrolled, openedOn, filedOn: null, closedOn: null }, ctx.today);
    const township = input.townshipCode == null ? null : await requireTownshipOf(tx, district.id, input.townshipCode, 'input.townshipCode');
    const institution = tx.create(Institution, {
      name: input.name,
      district,
      township,
      ownership: input.ownership,
      inclusive: input.inclusive,
      demonstrationLevel: input.demonstrationLevel,
      pilotLevel: input.pilotLevel,
      slots: input.slots,
      enrolled: input.enrolled,
      ageClasses: [...new Set(input.ageClasses)],
      address: input.address,
      openedOn,
    });
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: AuditAction.CREATE,
      entityType: ENTITY,
      entityId: institution.id,
      cityId: district.city.id,
      districtId: district.id,
      before: null,
      after: institutionSnapshot(institution),
      reason: note,
    });
    return institution;
  }).catch((error: unknown) => {
    throw isOpenNameClash(error) ? openNameConflict('input.name') : error;
  });
}

/**
 * Loads the institution, checks the caller may edit it and holds the version they saw,
 * applies `change` and checks the rules; then writes the new state with its audit entry in
 * one statement that applies only at that version, so of two writers holding the same
 * version exactly one wins and the other gets CONFLICT. Three round trips in all with the
 * sign-in check, instead of seven through a unit of work, and no entity is built. A change
 * that leaves every field as it was writes nothing and returns the row unchanged.
 */
async function change(
  ctx: WriteContext,
  id: string,
  expectedVersion: number,
  action: AuditAction,
  reason: string | null | undefined,
  apply: (institution: Institution) => void,
): Promise<Institution> {
  const numericId = parseId(id);
  const note = cleanReason(reason);
  // A plain row, not a managed entity: it is changed in memory, and only the statement below writes.
  const [row] = await query<InstitutionRow & { city_id: number }>(
    ctx.em,
    'select i.*, d.city_id from institution i join district d on d.id = i.district_id where i.id = ?',
    [numericId],
  );
  if (!row) throw new NotFoundError('机构 / Institution', id);
  const institution = fromRow(row);
  const place = { cityId: row.city_id, districtId: row.district_id };
  const viewer = authorize(ctx.viewer, canEdit(ctx.viewer, place));
  if (institution.version !== expectedVersion) throw conflict(institution);
  const before = institutionSnapshot(institution);
  apply(institution);
  // A change that changes nothing is answered with the row as it is: no new version, no
  // audit entry, no change event (see README, "API conventions").
  if (sameSnapshot(before, institutionSnapshot(institution))) return institution;
  checkInstitutionRules(institution, ctx.today, 'patch');
  institution.version = expectedVersion + 1;
  const audit = { action, entityType: ENTITY, entityId: institution.id, ...place, before, after: institutionSnapshot(institution), reason: note };
  let written;
  try {
    written = await writeInstitutionChange(ctx.em, institution, expectedVersion, { viewer, requestId: ctx.requestId }, audit);
  } catch (error) {
    throw isOpenNameClash(error) ? openNameConflict('patch.name') : error;
  } finally {
    noteWrite();
  }
  if (!written) throw conflict(await ctx.em.fork().findOneOrFail(Institution, { id: numericId }, { populate: ['district'] }));
  // Raw rows carry timestamps as text (the ORM's type parsers); the entity holds a Date.
  institution.updatedAt = new Date(written.updated_at);
  return institution;
}

export async function updateInstitution(ctx: WriteContext, id: string, expectedVersion: number, patch: InstitutionPatch, reason?: string | null): Promise<Institution> {
  const openedOn = patch.openedOn == null ? null : normaliseDate(patch.openedOn, 'patch.openedOn');
  // Looked up first, judged in `apply`: after the access and version checks, as every field is.
  const township = patch.townshipCode == null ? null : await townshipByCode(ctx.em, patch.townshipCode);
  return change(ctx, id, expectedVersion, AuditAction.UPDATE, reason, (i) => {
    if (patch.townshipCode != null) {
      if (!township) throw new BadUserInputError(`未知的乡镇街道代码 ${patch.townshipCode} / Unknown township ${patch.townshipCode}`, { field: 'patch.townshipCode' });
      checkTownshipOf(township, i.district.id, 'patch.townshipCode');
      i.township = township;
    }
    if (patch.name != null) i.name = patch.name;
    if (patch.ownership != null) i.ownership = patch.ownership;
    if (patch.inclusive != null) i.inclusive = patch.inclusive;
    if (patch.demonstrationLevel != null) i.demonstrationLevel = patch.demonstrationLevel;
    if (patch.pilotLevel != null) i.pilotLevel = patch.pilotLevel;
    if (patch.slots != null) i.slots = patch.slots;
    if (patch.enrolled != null) i.enrolled = patch.enrolled;
    if (patch.ageClasses != null) i.ageClasses = [...new Set(patch.ageClasses)];
    if (patch.address != null) i.address = patch.address;
    if (openedOn !== null) i.openedOn = openedOn;
  });
}

export function fileInstitution(ctx: WriteContext, id: string, expectedVersion: number, filedOn: string, reason?: string | null): Promise<Institution> {
  const date = normaliseDate(filedOn, 'filedOn');
  return change(ctx, id, expectedVersion, AuditAction.FILE, reason, (i) => {
    if (i.filedOn !== null) throw new BadUserInputError(`该机构已于 ${i.filedOn} 备案 / Already filed on ${i.filedOn}`, { field: 'filedOn' });
    i.filedOn = date;
  });
}

export function closeInstitution(ctx: WriteContext, id: string, expectedVersion: number, closedOn: string, reason?: string | null): Promise<Institution> {
  const date = normaliseDate(closedOn, 'closedOn');
  return change(ctx, id, expectedVersion, AuditAction.CLOSE, reason, (i) => {
    if (i.closedOn !== null) throw new BadUserInputError(`该机构已于 ${i.closedOn} 停办 / Already closed on ${i.closedOn}`, { field: 'closedOn' });
    i.closedOn = date;
  });
}
