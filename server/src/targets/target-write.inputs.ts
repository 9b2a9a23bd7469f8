import { IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CoverageUnit, TargetKind } from './target.enums.js';

const TITLE = '标题为 1 到 100 个字 / title must be 1 to 100 characters';
const NUMBER = '须为 0 到 1e12 之间的数 / must be a number from 0 to 1e12';

@InputType({ description: '新的工作目标 / A new target' })
export class TargetInput {
  @Field(() => String, { description: '城市或区县代码 / City or district code' }) @Length(6, 6) scopeCode!: string;
  @Field(() => String, { description: '考核指标键 / Indicator key' }) @Length(1, 60) indicatorKey!: string;
  @Field(() => String, { description: '标题，如 2026年新增托位1500个 / Title' }) @Length(1, 100, { message: TITLE }) title!: string;
  @Field(() => TargetKind, { description: '目标类型 / Kind' }) kind!: TargetKind;
  @Field(() => CoverageUnit, { nullable: true, description: '覆盖率目标按什么计，默认乡镇（仅 COVERAGE）/ What a COVERAGE target counts, townships by default (COVERAGE only)' }) coverageUnit?: CoverageUnit | null;
  @Field(() => LocalDateResolver, { description: '起始日期 / Start' }) startsOn!: string;
  @Field(() => LocalDateResolver, { description: '截止日期 / Deadline' }) deadline!: string;
  @Field(() => Float, { description: '基数 / Baseline' }) @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) baseline!: number;
  @Field(() => Float, { description: '目标值 / Target value' }) @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) targetValue!: number;
}

@InputType({ description: '目标的修改，只填要改的字段 / Changes to a target; give only the fields to change' })
export class TargetPatch {
  @Field(() => String, { nullable: true, description: '标题 / Title' }) @IsOptional() @Length(1, 100, { message: TITLE }) title?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: '起始日期 / Start' }) startsOn?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: '截止日期 / Deadline' }) deadline?: string | null;
  @Field(() => Float, { nullable: true, description: '基数 / Baseline' }) @IsOptional() @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) baseline?: number | null;
  @Field(() => Float, { nullable: true, description: '目标值 / Target value' }) @IsOptional() @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) targetValue?: number | null;
}
