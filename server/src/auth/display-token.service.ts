import { AuditAction } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { requireCity } from '../geography/geography.service.js';
import { DisplayToken } from './display-token.entity.js';
import { newOpaqueToken } from './opaque-token.js';
import { authorize, canManageCity } from './policy.js';
import type { AdminContext } from './user-admin.service.js';
import { writeTransaction } from '../common/write-transaction.js';
import { rowId } from '../common/ids.js';

function snapshot(t: DisplayToken): Record<string, unknown> {
  return { name: t.name, cityId: t.city.id, revokedAt: t.revokedAt?.toISOString() ?? null };
}

export async function listDisplayTokens(ctx: AdminContext, cityCode: string): Promise<DisplayToken[]> {
  const city = await requireCity(ctx.em, cityCode);
  authorize(ctx.viewer, canManageCity(ctx.viewer, city.id));
  return ctx.em.find(DisplayToken, { city }, { orderBy: { id: 'desc' } });
}

/** Issues a screen token; the token itself is returned this once and only its hash is kept. */
export async function issueDisplayToken(ctx: AdminContext, cityCode: string, name: string): Promise<{ token: string; displayToken: DisplayToken }> {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 60) throw new BadUserInputError('名称为 1 到 60 个字 / name must be 1 to 60 characters', { field: 'name' });
  const city = await requireCity(ctx.em, cityCode);
  const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, city.id));
  const { token, hash } = newOpaqueToken('cbd');
  return writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    const displayToken = tx.create(DisplayToken, { name: trimmed, city: city.id, tokenHash: hash, createdBy: viewer.id });
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: AuditAction.CREATE, entityType: 'DisplayToken', entityId: displayToken.id, cityId: city.id, districtId: null, before: null, after: snapshot(displayToken),
    });
    return { token, displayToken };
  });
}

export async function revokeDisplayToken(ctx: AdminContext, id: string): Promise<DisplayToken> {
  const numericId = rowId(id);
  return writeTransaction(ctx.em, ctx.viewer, ctx.requestId, async (tx) => {
    const displayToken = numericId === null ? null : await tx.findOne(DisplayToken, { id: numericId });
    if (!displayToken) throw new NotFoundError('大屏令牌 / Screen token', id);
    const viewer = authorize(ctx.viewer, canManageCity(ctx.viewer, displayToken.city.id));
    if (displayToken.revokedAt) return displayToken;
    const before = snapshot(displayToken);
    displayToken.revokedAt = new Date();
    await tx.flush();
    recordAudit(tx, { viewer, requestId: ctx.requestId }, {
      action: AuditAction.REVOKE, entityType: 'DisplayToken', entityId: displayToken.id, cityId: displayToken.city.id, districtId: null, before, after: snapshot(displayToken),
    });
    return displayToken;
  });
}
