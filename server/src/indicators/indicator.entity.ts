import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Computation, Frequency, IndicatorCategory } from './indicator.enums.js';

@ObjectType({ description: '指标字典中的一项 / An entry of the indicator dictionary' })
@Entity({ tableName: 'indicator_definition' })
export class IndicatorDefinition extends BaseEntity {
  @Field(() => String, { description: '指标键，如 childcare_slots / Stable key' })
  @Property({ type: 'string', length: 60 })
  @Unique()
  key!: string;

  @Field(() => String, { description: '中文名称 / Chinese name' })
  @Property({ type: 'string', length: 100 })
  nameZh!: string;

  @Field(() => String, { description: '英文名称 / English name' })
  @Property({ type: 'string', length: 150 })
  nameEn!: string;

  @Field(() => IndicatorCategory, { description: '类别：一老或一小 / Category: elderly care or childcare' })
  @Enum({ items: () => IndicatorCategory, type: 'string' })
  category!: IndicatorCategory;

  @Field(() => String, { description: '计量单位，如 个、张、万元 / Unit' })
  @Property({ type: 'string', length: 20 })
  unit!: string;

  @Field(() => String, { description: '统计口径 / Definition of what is counted' })
  @Property({ type: 'text' })
  definition!: string;

  @Field(() => String, { nullable: true, description: '计算公式 / Formula, for derived indicators' })
  @Property({ type: 'text', nullable: true })
  formula: string | null = null;

  @Field(() => String, { description: '数据来源 / Source' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => Frequency, { description: '更新频率 / Update frequency' })
  @Enum({ items: () => Frequency, type: 'string' })
  frequency!: Frequency;

  @Field(() => Computation, { description: '取数方式 / How the figure is obtained' })
  @Enum({ items: () => Computation, type: 'string' })
  computation!: Computation;

  @Field(() => Boolean, { description: '是否越高越好 / Whether a higher value is better' })
  @Property({ type: 'boolean' })
  higherIsBetter: Opt<boolean> = true;
}
