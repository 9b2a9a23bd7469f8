import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

@ObjectType({ description: '一项字段的变化 / One field’s change' })
export class FieldChange {
  @Field(() => String, { description: '字段，如 slots / Field' }) field!: string;
  @Field(() => String, { description: '字段中文名，如 托位数 / Field in Chinese' }) label!: string;
  @Field(() => String, { nullable: true, description: '旧值 / Old value' }) before!: string | null;
  @Field(() => String, { nullable: true, description: '新值 / New value' }) after!: string | null;
}

@ObjectType({ description: '滚动播报中的一条变更 / One change, as the wall’s ticker shows it' })
export class ChangeFeedEvent {
  @Field(() => ID, { description: '序号，递增 / Sequence number, increasing' }) seq!: string;
  @Field(() => DateTimeResolver, { description: '提交时间 / When it was committed' }) at!: Date;
  @Field(() => String, { description: '对象类型：INSTITUTION、INDICATOR_VALUE、TARGET、DISTRICT、CITY / Kind of record' }) kind!: string;
  @Field(() => String, { description: 'INSERT、UPDATE 或 DELETE / What happened to the row' }) op!: string;
  @Field(() => Int, { description: '对象标识 / Record id' }) entityId!: number;
  @Field(() => String, { description: '对象名称，如机构名 / Name of the record, e.g. the institution' }) title!: string;
  @Field(() => String, { nullable: true, description: '区县代码 / District code' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: '区县名称 / District name' }) districtName!: string | null;
  @Field(() => [FieldChange], { description: '变化的字段 / Fields that changed' }) changes!: FieldChange[];
  @Field(() => String, { nullable: true, description: '操作人角色；直接改库时为空 / Role of whoever made the change; null for a change made in the database directly' }) actorRole!: string | null;
}
