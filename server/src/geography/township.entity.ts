import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { District } from './district.entity.js';
import { TownshipKind } from './township.enums.js';

@ObjectType({ description: '乡级区划（街道、镇、乡等），统计用区划代码 / A township-level unit (sub-district, town, township …) with its NBS statistical code' })
@Entity({ tableName: 'township' })
export class Township extends BaseEntity {
  @Field(() => String, { description: '统计用区划代码（9 位），如 320703001 / 9-digit statistical code' })
  @Property({ type: 'string', length: 9 })
  @Unique()
  code!: string;

  @Field(() => String, { description: '名称，如 墟沟街道 / Chinese name' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { nullable: true, description: '英文名称（暂无）/ English name, where known' })
  @Property({ type: 'string', length: 80, nullable: true })
  nameEn: string | null = null;

  @Field(() => TownshipKind, { description: '类型：街道 / 镇 / 乡 / 其他 / Kind' })
  @Enum({ items: () => TownshipKind, type: 'string' })
  kind!: TownshipKind;

  @ManyToOne({ entity: () => District, index: true, deleteRule: 'restrict' })
  district!: Rel<District>;

  @Field(() => Int, { description: '常住人口（人），演示估算 / Resident population (a demo estimate, see populationNote)' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, { description: '3岁以下婴幼儿数（人），演示估算 / Children under 3 (a demo estimate, see populationNote)' })
  @Property({ type: 'integer' })
  childrenUnder3!: number;

  @Field(() => String, { nullable: true, description: '人口数据来源说明；演示估算时注明 / Where the population figures come from; says so when they are demo estimates' })
  @Property({ type: 'text', nullable: true })
  populationNote: string | null = null;
}
