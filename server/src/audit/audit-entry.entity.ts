import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Role } from '../auth/role.enums.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  FILE = 'FILE',
  CLOSE = 'CLOSE',
  IMPORT = 'IMPORT',
  REVOKE = 'REVOKE',
  DELETE = 'DELETE',
}

/**
 * One change, written in the same transaction as the change itself. Append-only in the
 * database: a trigger rejects UPDATE, DELETE and TRUNCATE (see the migration).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
@Index({ properties: ['cityId', 'at'] })
export class AuditEntry {
  // As a string: a JS bigint (MikroORM's default) is no GraphQL ID and no JSON value.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'current_timestamp' })
  at: Opt<Date> = new Date();

  /** Null for a change made outside the API (e.g. the seed). */
  @Property({ type: 'integer', nullable: true })
  actorId: number | null = null;

  @Property({ type: 'string', length: 60 })
  actorName!: string;

  @Enum({ items: () => Role, type: 'string', nullable: true })
  actorRole: Role | null = null;

  @Enum({ items: () => AuditAction, type: 'string' })
  action!: AuditAction;

  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  /** Where the change belongs, for filtering and for who may read it. */
  @Property({ type: 'integer', nullable: true })
  cityId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  districtId: number | null = null;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId: string | null = null;
}
