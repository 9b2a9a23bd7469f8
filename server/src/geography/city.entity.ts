import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: '地级市 / A prefecture-level city' })
@Entity({ tableName: 'city' })
export class City extends BaseEntity {
  @Field(() => String, { description: '行政区划代码，如 421000 / Administrative division code, e.g. 421000' })
  @Property({ type: 'string', length: 6 })
  @Unique()
  code!: string;

  @Field(() => String, { description: '名称，如 荆州市 / Chinese name' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '英文名称 / English name' })
  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Field(() => String, { description: '所属省份 / Province' })
  @Property({ type: 'string', length: 50 })
  province!: string;

  @Field(() => Int, { description: '常住人口（人）/ Resident population' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, { description: '3岁以下婴幼儿数（人）/ Children under 3' })
  @Property({ type: 'integer' })
  childrenUnder3!: number;
}
