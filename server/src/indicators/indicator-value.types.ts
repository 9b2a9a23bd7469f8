import { IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

const VALUE = '数值须为 0 到 1e12 之间的数 / value must be a number from 0 to 1e12';

@InputType({ description: '填报一个指标值 / A recorded figure' })
export class IndicatorValueInput {
  @Field(() => String, { description: '指标键，如 elderly_care_beds / Indicator key' }) @Length(1, 60) indicatorKey!: string;
  @Field(() => String, { description: '城市或区县代码 / City or district code' }) @Length(6, 6) scopeCode!: string;
  @Field(() => LocalDateResolver, { description: '期间内任一天，按指标频率取期初，不晚于今天 / Any day of the period; taken as the period’s first day; not in the future' }) period!: string;
  @Field(() => Float, { description: '期末水平 / Level at the end of the period' }) @IsNumber({ maxDecimalPlaces: 4 }, { message: VALUE }) @Min(0, { message: VALUE }) @Max(1e12, { message: VALUE }) value!: number;
  @Field(() => String, { nullable: true, description: '来源说明 / Source note' }) @IsOptional() @Length(0, 200) sourceNote?: string | null;
}

@ObjectType({ description: '一个已填报的指标值 / A recorded figure' })
export class RecordedValue {
  @Field(() => String, { description: '指标键 / Indicator key' }) indicatorKey!: string;
  @Field(() => String, { description: '城市或区县代码 / City or district code' }) scopeCode!: string;
  @Field(() => LocalDateResolver, { description: '期初 / First day of the period' }) period!: string;
  @Field(() => Float, { description: '数值 / Value' }) value!: number;
  @Field(() => String, { nullable: true, description: '来源说明 / Source note' }) sourceNote!: string | null;
  @Field(() => Int, { description: '版本号 / Version' }) version!: number;
  @Field(() => DateTimeResolver, { description: '更新时间 / Last updated' }) updatedAt!: Date;
}
