import { IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

const NUMBER = '须为 0 到 1e12 之间的数 / must be a number from 0 to 1e12';

@InputType({ description: '市级目标在一个区县的分解 / A district’s part of a city target' })
export class TargetPartInput {
  @Field(() => String, { description: '区县代码 / District code' }) @Length(6, 6) districtCode!: string;
  @Field(() => Float, { description: '分解值，各区县之和须等于市级目标值 / The part; the parts must add up to the city’s target value' })
  @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) targetValue!: number;
  @Field(() => Float, { description: '该区县的基数 / The district’s baseline' })
  @IsNumber({}, { message: NUMBER }) @Min(0, { message: NUMBER }) @Max(1e12, { message: NUMBER }) baseline!: number;
  @Field(() => String, { nullable: true, description: '标题，默认“区县名：市级目标标题” / Title; by default “district: the city target’s title”' })
  @IsOptional() @Length(1, 100) title?: string | null;
}
