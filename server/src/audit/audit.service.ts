import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

/** Full snapshots on both sides, so a past state can be rebuilt from the trail alone. */
export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: number;
  cityId: number | null;
  districtId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string | null;
}

export interface Actor {
  viewer: Viewer;
  requestId: string;
}

/** Adds an audit entry to the unit of work of `tx`: it commits with the change, or not at all. */
export function recordAudit(tx: EntityManager, actor: Actor, record: AuditRecord): AuditEntry {
  const entry = tx.create(AuditEntry, {
    actorId: actor.viewer.kind === 'USER' ? actor.viewer.id : null,
    actorName: actor.viewer.name,
    actorRole: actor.viewer.role,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    cityId: record.cityId,
    districtId: record.districtId,
    before: record.before,
    after: record.after,
    reason: record.reason ?? null,
    requestId: actor.requestId,
  });
  tx.persist(entry);
  return entry;
}

/**
 * The audit entry as a column list and bound values, for a write that inserts it in the
 * same statement as the change it records (so both commit together or not at all).
 */
export function auditColumns(actor: Actor, record: AuditRecord): { columns: string; values: unknown[] } {
  return {
    columns: 'actor_id, actor_name, actor_role, action, entity_type, entity_id, city_id, district_id, before, after, reason, request_id',
    values: [
      actor.viewer.kind === 'USER' ? actor.viewer.id : null,
      actor.viewer.name,
      actor.viewer.role,
      record.action,
      record.entityType,
      record.entityId,
      record.cityId,
      record.districtId,
      record.before === null ? null : JSON.stringify(record.before),
      record.after === null ? null : JSON.stringify(record.after),
      record.reason ?? null,
      actor.requestId,
    ],
  };
}
