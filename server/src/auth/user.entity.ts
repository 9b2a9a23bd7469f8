import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { BaseEntity } from '../common/base.entity.js';
import { Role } from './role.enums.js';
import { City } from '../geography/city.entity.js';
import { District } from '../geography/district.entity.js';

@ObjectType({ description: '用户账号 / A user account' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field(() => String, { description: '登录名 / Login name' })
  @Property({ type: 'string', length: 50 })
  @Unique()
  username!: string;

  @Field(() => String, { description: '显示名称 / Display name' })
  @Property({ type: 'string', length: 50 })
  displayName!: string;

  @Field(() => Role, { description: '角色 / Role' })
  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** argon2id PHC string; never leaves the server. */
  @Property({ type: 'text', hidden: true, lazy: false })
  passwordHash!: string;

  /** The city the account belongs to; null only for an analyst across cities. */
  @ManyToOne({ entity: () => City, nullable: true, deleteRule: 'restrict' })
  city: Rel<City> | null = null;

  /** The districts a STAFF account may edit. */
  @ManyToMany({ entity: () => District, pivotTable: 'app_user_district', owner: true })
  districts = new Collection<District>(this);

  @Field(() => Boolean, { description: '是否停用 / Disabled' })
  @Property({ type: 'boolean' })
  disabled: Opt<boolean> = false;

  /** Raised to revoke every token issued to the account so far. */
  @Property({ type: 'integer' })
  tokenVersion: Opt<number> = 1;

  @Field(() => DateTimeResolver, { nullable: true, description: '最近登录时间 / Last login' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;
}
