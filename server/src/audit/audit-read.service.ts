import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, canReadAudit, canReadCity } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../common/errors.js';
import { Institution } from '../childcare/institution.entity.js';
import { requireCity } from '../geography/geography.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditConnection, AuditFilter } from './audit.types.js';

const HISTORY_LIMIT = 200;
const MAX_BIGINT = 2n ** 63n - 1n;

function encodeCursor(id: string): string {
  return Buffer.from(`audit:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  // The id must fit the bigint key, or PostgreSQL fails the statement.
  if (!match || BigInt(match[1]!) > MAX_BIGINT) throw new BadUserInputError('无效的分页游标 / Invalid cursor', { field: 'after' });
  return match[1]!;
}

/** The audit log, newest first, for analysts (any city) and a city's admin (their city). */
export async function auditLog(em: EntityManager, viewer: Viewer | null, filter: AuditFilter | null | undefined, first: number, after: string | null | undefined): Promise<AuditConnection> {
  const cityId = filter?.cityCode ? (await requireCity(em, filter.cityCode)).id : (viewer?.cityId ?? null);
  authorize(viewer, canReadAudit(viewer, cityId));
  const where: FilterQuery<AuditEntry> = {};
  const and: FilterQuery<AuditEntry>[] = [];
  if (cityId !== null) and.push({ cityId });
  if (filter?.entityType) and.push({ entityType: filter.entityType });
  if (filter?.entityId != null) and.push({ entityId: filter.entityId });
  if (filter?.action) and.push({ action: filter.action });
  if (filter?.from) and.push({ at: { $gte: filter.from } });
  if (filter?.to) and.push({ at: { $lte: filter.to } });
  const base = and.length ? { $and: and } : where;
  const page = await em.find(AuditEntry, after ? { $and: [base, { id: { $lt: decodeCursor(after) } }] } : base, { orderBy: { id: 'desc' }, limit: first + 1 });
  const totalCount = await em.count(AuditEntry, base);
  const items = page.slice(0, first);
  return {
    totalCount,
    edges: items.map((node) => ({ node, cursor: encodeCursor(node.id) })),
    pageInfo: {
      hasNextPage: page.length > first,
      hasPreviousPage: !!after,
      startCursor: items[0] ? encodeCursor(items[0].id) : null,
      endCursor: items.at(-1) ? encodeCursor(items.at(-1)!.id) : null,
    },
  };
}

/** An institution's changes, newest first: for signed-in users who may read its city. */
export async function institutionHistory(em: EntityManager, viewer: Viewer | null, institution: Institution): Promise<AuditEntry[]> {
  const district = institution.district;
  const cityId = district.city?.id ?? (await em.findOneOrFail(Institution, { id: institution.id }, { populate: ['district'] })).district.city.id;
  authorize(viewer, viewer?.kind === 'USER' && canReadCity(viewer, cityId));
  return em.find(AuditEntry, { entityType: 'Institution', entityId: institution.id }, { orderBy: { id: 'desc' }, limit: HISTORY_LIMIT });
}

