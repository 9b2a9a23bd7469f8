import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DistrictKind } from './district.enums.js';
import { City } from './city.entity.js';

@ObjectType({ description: '县级行政区（区、县、县级市）/ A county-level division' })
@Entity({ tableName: 'district' })
export class District extends BaseEntity {
  @Field(() => String, { description: '行政区划代码，如 421002 / Administrative division code' })
  @Property({ type: 'string', length: 6 })
  @Unique()
  code!: string;

  @Field(() => String, { description: '名称，如 沙市区 / Chinese name' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '英文名称 / English name' })
  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Field(() => DistrictKind, { description: '类型：区 / 县 / 县级市 / Kind' })
  @Enum({ items: () => DistrictKind, type: 'string' })
  kind!: DistrictKind;

  @ManyToOne({ entity: () => City, index: true })
  city!: Rel<City>;

  @Field(() => Int, { description: '常住人口（人）/ Resident population' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, { description: '3岁以下婴幼儿数（人）/ Children under 3' })
  @Property({ type: 'integer' })
  childrenUnder3!: number;

  @Field(() => Int, { description: '60岁及以上常住人口（人）/ Residents aged 60 and over' })
  @Property({ type: 'integer' })
  residents60Plus!: number;
}
