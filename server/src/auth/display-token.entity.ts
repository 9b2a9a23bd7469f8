import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { City } from '../geography/city.entity.js';
import { User } from './user.entity.js';

/** A wall screen's read-only device token for one city, revocable; stored as its SHA-256. */
@ObjectType('DisplayToken', { description: '大屏设备令牌 / A wall screen’s device token' })
@Entity({ tableName: 'display_token' })
export class DisplayToken extends BaseEntity {
  @Field(() => String, { description: '名称，如 指挥中心1号屏 / Name, e.g. command centre screen 1' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @ManyToOne({ entity: () => City, deleteRule: 'restrict' })
  city!: Rel<City>;

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: Rel<User> | null = null;

  @Field(() => DateTimeResolver, { nullable: true, description: '吊销时间 / When it was revoked' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => DateTimeResolver, { nullable: true, description: '最近使用时间 / Last used' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
