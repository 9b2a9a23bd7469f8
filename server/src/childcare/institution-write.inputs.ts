import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from './institution.enums.js';
import { MAX_SLOTS } from './institution.fields.js';

const SLOTS = `托位数须为 0 到 ${MAX_SLOTS} 之间的整数 / slots must be a whole number from 0 to ${MAX_SLOTS}`;
const ENROLLED = '在托人数须为不小于 0 的整数 / enrolled must be a whole number of at least 0';
const NAME = '机构名称须为 1 到 100 个字 / name must be 1 to 100 characters';
const ADDRESS = '地址须为 1 到 200 个字 / address must be 1 to 200 characters';
const TOWNSHIP = '乡镇街道代码为 9 位 / townshipCode has 9 digits';

@InputType({ description: '新建托育机构 / A new childcare institution' })
export class InstitutionInput {
  @Field(() => String, { description: '所在区县代码 / District code' })
  @Length(6, 6, { message: '区县代码为 6 位 / districtCode has 6 digits' })
  districtCode!: string;

  @Field(() => String, { nullable: true, description: '所在乡镇街道代码（9 位，须属于该区县）/ Township code (9 digits, of that district)' })
  @IsOptional()
  @Length(9, 9, { message: TOWNSHIP })
  townshipCode?: string | null;

  @Field(() => String, { description: '机构名称 / Name' })
  @Length(1, 100, { message: NAME })
  name!: string;

  @Field(() => Ownership, { description: '举办主体 / Ownership' })
  ownership!: Ownership;

  @Field(() => Boolean, { defaultValue: false, description: '是否普惠 / Inclusive' })
  inclusive!: boolean;

  @Field(() => DemonstrationLevel, { defaultValue: DemonstrationLevel.NONE, description: '示范级别 / Demonstration level' })
  demonstrationLevel!: DemonstrationLevel;

  @Field(() => PilotLevel, { defaultValue: PilotLevel.NONE, description: '普惠试点级别 / Inclusive pilot level' })
  pilotLevel!: PilotLevel;

  @Field(() => Int, { description: '托位数（个）/ Slots' })
  @IsInt({ message: SLOTS })
  @Min(0, { message: SLOTS })
  @Max(MAX_SLOTS, { message: SLOTS })
  slots!: number;

  @Field(() => Int, { description: '在托婴幼儿数（人），不超过托位数 / Children enrolled, at most the slots' })
  @IsInt({ message: ENROLLED })
  @Min(0, { message: ENROLLED })
  enrolled!: number;

  @Field(() => [AgeClass], { defaultValue: [], description: '开设班型 / Age classes offered' })
  @ArrayMaxSize(3)
  ageClasses!: AgeClass[];

  @Field(() => String, { description: '地址 / Address' })
  @Length(1, 200, { message: ADDRESS })
  address!: string;

  @Field(() => LocalDateResolver, { description: '开业日期，不晚于今天 / Opening date, not in the future' })
  openedOn!: string;
}

@InputType({ description: '机构信息的修改，只填要改的字段 / Changes to an institution; give only the fields to change' })
export class InstitutionPatch {
  @Field(() => String, { nullable: true, description: '机构名称 / Name' })
  @IsOptional()
  @Length(1, 100, { message: NAME })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '所在乡镇街道代码（9 位，须属于该区县）/ Township code (9 digits, of its district)' })
  @IsOptional()
  @Length(9, 9, { message: TOWNSHIP })
  townshipCode?: string | null;

  @Field(() => Ownership, { nullable: true, description: '举办主体 / Ownership' })
  @IsOptional()
  @IsIn(Object.values(Ownership))
  ownership?: Ownership | null;

  @Field(() => Boolean, { nullable: true, description: '是否普惠 / Inclusive' })
  inclusive?: boolean | null;

  @Field(() => DemonstrationLevel, { nullable: true, description: '示范级别 / Demonstration level' })
  demonstrationLevel?: DemonstrationLevel | null;

  @Field(() => PilotLevel, { nullable: true, description: '普惠试点级别 / Inclusive pilot level' })
  pilotLevel?: PilotLevel | null;

  @Field(() => Int, { nullable: true, description: '托位数（个）/ Slots' })
  @IsOptional()
  @IsInt({ message: SLOTS })
  @Min(0, { message: SLOTS })
  @Max(MAX_SLOTS, { message: SLOTS })
  slots?: number | null;

  @Field(() => Int, { nullable: true, description: '在托婴幼儿数（人）/ Children enrolled' })
  @IsOptional()
  @IsInt({ message: ENROLLED })
  @Min(0, { message: ENROLLED })
  enrolled?: number | null;

  @Field(() => [AgeClass], { nullable: true, description: '开设班型 / Age classes offered' })
  @IsOptional()
  @ArrayMaxSize(3)
  ageClasses?: AgeClass[] | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  @IsOptional()
  @Length(1, 200, { message: ADDRESS })
  address?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '开业日期 / Opening date' })
  openedOn?: string | null;
}
