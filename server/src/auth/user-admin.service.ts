import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { cleanReason } from '../common/change-reason.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { Role } from './role.enums.js';
import { District } from '../geography/district.entity.js';
import { hashPassword, checkPasswordPolicy } from './password.js';
import { authorize, canManageCity } from './policy.js';
import { RefreshToken } from './refresh-token.entity.js';
import { User } from './user.entity.js';
import type { UserInput, UserPatch } from './user.inputs.js';
import type { Viewer } from './viewer.js';
import { writeTransaction } from '../common/write-transaction.js';
import { rowId } from '../common/ids.js';
import { sameSnapshot } from '../common/no-op.js';

export interface AdminContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
}

/** What the audit trail keeps of an account: never the password hash. */
function userSnapshot(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    cityId: user.city?.id ?? null,
    districtIds: user.districts.getItems().map((d) => d.id).sort((a, b) => a - b),
    disabled: user.disabled,
    version: user.version,
  };
}

function idList(districts: District[]): string {
  return districts.map((d) => d.id).sort((a, b) => a - b).join(',');
}

function adminCity(viewer: Viewer | null): { viewer: Viewer; cityId: number } {
  const cityId = viewer?.cityId ?? -1;
  const admin = authorize(viewer, canManageCity(viewer, cityId));
  return { viewer: admin, cityId };
}

function checkRole(role: Role, field: string): void {
  if (role === Role.DISPLAY) throw new BadUserInputError('大屏请使用大屏令牌，不能作为用户角色 / DISPLAY is for screen tokens, not users', { field });
}

function checkPassword(password: string, field: string): void {
  const problem = checkPasswordPolicy(password);
  if (problem) throw new BadUserInputError(problem, { field });
}

/** The districts named, all in the admin's city; staff need at least one. */
async function districtsOf(em: EntityManager, codes: readonly string[], cityId: number, role: Role, field: string): Promise<District[]> {
  const unique = [...new Set(codes)];
  const districts = unique.length === 0 ? [] : await em.find(District, { code: { $in: unique }, city: cityId });
  const missing = unique.filter((code) => !districts.some((d) => d.code === code));
  if (missing.length > 0) throw new BadUserInputError(`不属于本市的区县代码：${missing.join('、')} / Districts not in your city: ${missing.join(', ')}`, { field });
  if (role === Role.STAFF && districts.length === 0) throw new BadUserInputError('工作人员至少要有一个区县 / A STAFF user needs at least one district', { field });
  return role === Role.STAFF ? districts : [];
}

export async function listUsers(ctx: AdminContext): Promise<User[]> {
  const { cityId } = adminCity(ctx.viewer);
  return ctx.em.find(User, { city: cityId }, { populate: ['districts'], orderBy: { username: 'asc' } });
}

export async function createUser(ctx: AdminContext, input: UserInput, reason?: string | null): Promise<User> {
  const { viewer, cityId } = adminCity(ctx.viewer);
  checkRole(input.role, 'input.role');
  checkPassword(input.password, 'input.password');
  const note = cleanReason(reason);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    if (await tx.count(User, { username: input.username })) {
      throw new ConflictError(`登录名 ${input.username} 已被使用 / The username ${input.username} is taken`, { field: 'input.username' });
    }
    const districts = await districtsOf(tx, input.districtCodes, cityId, input.role, 'input.districtCodes');
    const user = tx.create(User, { username: input.username, displayName: input.displayName, role: input.role, passwordHash, city: cityId });
    user.districts.set(districts);
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: AuditAction.CREATE, entityType: 'User', entityId: user.id, cityId, districtId: null, before: null, after: userSnapshot(user), reason: note,
    });
    return user;
  });
}

/**
 * Changes an account. A change of role, districts, password or a disabling revokes every
 * session of the account at once (its token version moves on).
 */
export async function updateUser(ctx: AdminContext, id: string, expectedVersion: number, patch: UserPatch, reason?: string | null): Promise<User> {
  const { viewer } = adminCity(ctx.viewer);
  if (patch.role != null) checkRole(patch.role, 'patch.role');
  if (patch.password != null) checkPassword(patch.password, 'patch.password');
  const note = cleanReason(reason);
  const passwordHash = patch.password != null ? await hashPassword(patch.password) : null;
  const numericId = rowId(id);
  try {
    return await writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
      const user = numericId === null ? null : await tx.findOne(User, { id: numericId }, { populate: ['districts'] });
      if (!user) throw new NotFoundError('用户 / User', id);
      // Accounts of another city (or a city-less analyst) are not this admin's to change.
      const cityId = user.city?.id ?? -1;
      authorize(viewer, canManageCity(viewer, cityId));
      if (user.version !== expectedVersion) throw new ConflictError(`该用户已被修改，当前版本 ${user.version} / The user changed; now at version ${user.version}`, { currentVersion: user.version, current: userSnapshot(user) });
      if (user.id === viewer.id && (patch.disabled === true || (patch.role != null && patch.role !== Role.CITY_ADMIN))) {
        throw new BadUserInputError('不能停用自己或取消自己的管理员角色 / You cannot disable yourself or drop your own admin role', { field: 'patch' });
      }
      const before = userSnapshot(user);
      const role = patch.role ?? user.role;
      if (patch.displayName != null) user.displayName = patch.displayName;
      if (patch.disabled != null) user.disabled = patch.disabled;
      if (passwordHash) user.passwordHash = passwordHash;
      if (patch.districtCodes != null || patch.role != null) {
        const codes = patch.districtCodes ?? user.districts.getItems().map((d) => d.code);
        const districts = await districtsOf(tx, codes, cityId, role, 'patch.districtCodes');
        // Set only when different, so that restating the districts rewrites no rows.
        if (idList(districts) !== idList(user.districts.getItems())) user.districts.set(districts);
      }
      user.role = role;
      const after = userSnapshot(user);
      if (passwordHash === null && sameSnapshot(before, after)) return user;
      const revokes = passwordHash !== null || before.role !== after.role || before.disabled !== after.disabled || JSON.stringify(before.districtIds) !== JSON.stringify(after.districtIds);
      if (revokes) {
        user.tokenVersion += 1;
        await tx.nativeUpdate(RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
      }
      await tx.flush();
      recordAudit(tx, { viewer, requestId: ctx.requestId }, {
        action: AuditAction.UPDATE, entityType: 'User', entityId: user.id, cityId, districtId: null, before, after: userSnapshot(user), reason: note,
      });
      return user;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new ConflictError('该用户已被他人修改 / The user was changed by someone else', {});
    throw error;
  }
}
