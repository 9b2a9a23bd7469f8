import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { Granularity, IndicatorCategory } from './indicator.enums.js';
import { IndicatorDefinition } from './indicator.entity.js';
import { SeriesPoint } from './indicator.types.js';
import { indicatorSeries, listIndicators } from './indicator.service.js';

@Resolver()
export class IndicatorResolver {
  @Query(() => [IndicatorDefinition], { description: '指标字典 / The indicator dictionary' })
  indicators(
    @Ctx() { em }: GraphQLContext,
    @Arg('category', () => IndicatorCategory, { nullable: true, description: '只列此类别 / Only this category' }) category?: IndicatorCategory | null,
  ): Promise<IndicatorDefinition[]> {
    return listIndicators(em, category ?? null);
  }

  @Query(() => [SeriesPoint], { description: '某指标在某城市或区县的时间序列 / Time series of an indicator for a city or district' })
  indicatorSeries(
    @Ctx() { em, today }: GraphQLContext,
    @Arg('key', () => String, { description: '指标键，如 childcare_slots / Indicator key' }) key: string,
    @Arg('scopeCode', () => String, { description: '城市或区县代码 / City or district code' }) scopeCode: string,
    @Arg('from', () => LocalDateResolver, { description: '起始日期（含）/ From (inclusive)' }) from: string,
    @Arg('to', () => LocalDateResolver, { description: '截止日期（含）/ To (inclusive)' }) to: string,
    @Arg('granularity', () => Granularity, { defaultValue: Granularity.MONTH, description: '粒度 / Granularity' }) granularity: Granularity,
  ): Promise<SeriesPoint[]> {
    return indicatorSeries(em, { key, scopeCode, from, to, granularity }, today);
  }
}
