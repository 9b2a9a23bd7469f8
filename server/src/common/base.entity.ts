import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** Columns every mutable table has: identity, timestamps and the optimistic-lock version. */
// Not referenced by any resolver, so it stays out of the schema; its fields are inherited.
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: '标识 / Identifier' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DateTimeResolver, { description: '创建时间 / Created at' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'current_timestamp', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeResolver, { description: '更新时间 / Last updated at' })
  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'current_timestamp', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int, { description: '版本号，更新时用于乐观锁 / Version, for optimistic locking on update' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
