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
