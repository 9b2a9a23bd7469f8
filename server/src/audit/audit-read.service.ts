import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, canReadAudit } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { BadUserInputError } from '../common/errors.js';
import { requireCity } from '../geography/geography.service.js';
import { placeholders, query } from '../common/sql.js';
import { AuditEntry, type AuditAction } from './audit-entry.entity.js';
import type { AuditConnection, AuditEntryView, AuditFilter } from './audit.types.js';
import type { Role } from '../auth/role.enums.js';

/** The most entries `Institution.history` returns per institution, and its default. */
export const HISTORY_LIMIT = 200;
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

export interface HistoryKey {
  institutionId: number;
  first: number;
}

/** An institution's newest changes and the city it belongs to (for the access check). */
export interface InstitutionHistory {
  cityId: number | null;
  entries: AuditEntryView[];
}

interface HistoryRow {
  owner_id: number;
  city_id: number;
  id: string | null;
  /** As text: MikroORM's pg driver leaves timestamps unparsed in raw statements. */
  at: string;
  actor_name: string;
  actor_role: Role | null;
  action: AuditAction;
  entity_type: string;
  entity_id: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  request_id: string | null;
}

/**
 * The newest changes of many institutions, newest first, in one statement per distinct
 * page size (one in practice): a window per institution keeps each one's first n, so a page
 * of institutions with their history is one statement, not one per institution. The city
 * comes along so the caller can check access without loading the institution again.
 */
export async function institutionHistories(em: EntityManager, keys: readonly HistoryKey[]): Promise<InstitutionHistory[]> {
  const bySize = new Map<number, number[]>();
  for (const key of keys) bySize.set(key.first, [...(bySize.get(key.first) ?? []), key.institutionId]);
  const found = new Map<string, InstitutionHistory>();
  for (const [first, ids] of bySize) {
    const unique = [...new Set(ids)];
    const rows = await query<HistoryRow>(
      em,
      `select w.id as owner_id, w.city_id, a.id, a.at, a.actor_name, a.actor_role, a.action, a.entity_type, a.entity_id, a.before, a.after, a.reason, a.request_id
         from (select i.id, d.city_id from institution i join district d on d.id = i.district_id where i.id in (${placeholders(unique.length)})) w
         left join (select e.*, row_number() over (partition by e.entity_id order by e.id desc) as n
                      from audit_entry e where e.entity_type = 'Institution' and e.entity_id in (${placeholders(unique.length)})) a
           on a.entity_id = w.id and a.n <= ?
        order by w.id, a.id desc`,
      [...unique, ...unique, first],
    );
    for (const id of unique) found.set(`${first}|${id}`, { cityId: null, entries: [] });
    for (const row of rows) {
      const history = found.get(`${first}|${row.owner_id}`)!;
      history.cityId = row.city_id;
      if (row.id === null) continue;
      history.entries.push({
        id: String(row.id),
        at: new Date(row.at),
        actorName: row.actor_name,
        actorRole: row.actor_role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        reason: row.reason,
        requestId: row.request_id,
      });
    }
  }
  return keys.map((key) => found.get(`${key.first}|${key.institutionId}`)!);
}
