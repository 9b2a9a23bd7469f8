import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType({ description: '时间序列中的一点 / A point of a time series' })
export class SeriesPoint {
  @Field(() => LocalDateResolver, { description: '期间的第一天 / First day of the period' })
  period!: string;

  @Field(() => Float, { description: '期末水平 / Level at the end of the period' })
  value!: number;

  @Field(() => Boolean, { description: '是否为本期实时汇总值 / Whether the value is counted live for the current period' })
  live!: boolean;
}
