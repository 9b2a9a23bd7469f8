import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DemonstrationLevel, Ownership, PilotLevel } from './institution.enums.js';
import { Connection } from '../common/pagination.js';
import { Institution } from './institution.entity.js';

export enum InstitutionOrderField {
  NAME = 'NAME',
  SLOTS = 'SLOTS',
  ENROLLED = 'ENROLLED',
  OPENED_ON = 'OPENED_ON',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(InstitutionOrderField, {
  name: 'InstitutionOrderField',
  description: '机构排序字段 / Field to sort institutions by',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: '排序方向 / Sort direction' });

@InputType({ description: '机构筛选条件，各条件同时满足 / Institution filter; all given conditions must hold' })
export class InstitutionFilter {
  @Field(() => String, { nullable: true, description: '城市代码 / City code' })
  cityCode?: string | null;

  @Field(() => String, { nullable: true, description: '区县代码 / District code' })
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: '乡镇街道统计用区划代码（9 位）/ Township code (9 digits)' })
  townshipCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否普惠 / Inclusive or not' })
  inclusive?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '是否已备案 / Filed (备案) or not' })
  filed?: boolean | null;

  @Field(() => DemonstrationLevel, { nullable: true, description: '示范级别 / Demonstration level' })
  demonstrationLevel?: DemonstrationLevel | null;

  @Field(() => PilotLevel, { nullable: true, description: '普惠试点级别 / Inclusive pilot level' })
  pilotLevel?: PilotLevel | null;

  @Field(() => Ownership, { nullable: true, description: '举办主体 / Ownership' })
  ownership?: Ownership | null;

  @Field(() => String, { nullable: true, description: '名称包含的文字 / Text the name contains' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '是否包含已停办机构，默认否 / Include closed institutions (default false)' })
  includeClosed?: boolean | null;
}

@InputType({ description: '机构排序 / Institution order' })
export class InstitutionOrder {
  @Field(() => InstitutionOrderField, { description: '排序字段 / Field' })
  field!: InstitutionOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 / Direction' })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: '机构列表中的一项 / An institution in a list' })
export class InstitutionEdge {
  @Field(() => String, { description: '游标 / Cursor' })
  cursor!: string;

  @Field(() => Institution, { description: '机构 / The institution' })
  node!: Institution;
}

@ObjectType({ description: '分页的机构列表（Relay 规范）/ A page of institutions (Relay connection)' })
export class InstitutionConnection extends Connection {
  @Field(() => [InstitutionEdge], { description: '本页各项 / Items of this page' })
  edges!: InstitutionEdge[];
}
