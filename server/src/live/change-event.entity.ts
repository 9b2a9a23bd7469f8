import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One committed row change of a table that screens show, written by a trigger (so changes
 * made with plain SQL are in it too) and announced with NOTIFY on commit. Its id is the
 * feed's sequence number. Pruned after a retention period (see live/retention.ts).
 */
@Entity({ tableName: 'change_event' })
@Index({ properties: ['cityId', 'id'] })
export class ChangeEvent {
  // As a string: a JS bigint (MikroORM's default) is no GraphQL ID and no JSON value.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'current_timestamp' })
  at!: Date;

  @Property({ type: 'string', length: 40 })
  tableName!: string;

  @Property({ type: 'string', length: 6 })
  op!: 'INSERT' | 'UPDATE' | 'DELETE';

  @Property({ type: 'integer' })
  entityId!: number;

  @Property({ type: 'integer', nullable: true })
  cityId!: number | null;

  @Property({ type: 'integer', nullable: true })
  districtId!: number | null;

  @Property({ type: 'json', nullable: true })
  before!: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after!: Record<string, unknown> | null;

  /** Who made the change through the API ({ role, name, requestId }); null for plain SQL. */
  @Property({ type: 'json', nullable: true })
  actor!: { role?: string; name?: string; requestId?: string } | null;
}
