import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { City } from '../geography/city.entity.js';
import { setPaceThresholds } from './pace-setting.service.js';
import { PaceThresholdsView } from './pace.type.js';

@Resolver(() => City)
export class PaceThresholdsResolver {
  @FieldResolver(() => PaceThresholdsView, { description: '进度预警阈值（目标的 pace 按此判定）/ The pace thresholds the city’s targets are judged by' })
  paceThresholds(@Root() city: City, @Ctx() { loaders }: GraphQLContext): Promise<PaceThresholdsView> {
    return loaders.paceThresholds.load(city.id);
  }

  @Mutation(() => PaceThresholdsView, { description: '修改本市的进度预警阈值（市级管理员）/ Change the city’s pace thresholds (city admin)' })
  setPaceThresholds(
    @Ctx() { em, viewer, requestId }: GraphQLContext,
    @Arg('cityCode', () => String) cityCode: string,
    @Arg('expectedVersion', () => Int, { description: '当前版本；默认值为 0 / The version seen; 0 for the defaults' }) expectedVersion: number,
    @Arg('behindFrom', () => Float) behindFrom: number,
    @Arg('farBehindFrom', () => Float) farBehindFrom: number,
    @Arg('reason', () => String, { nullable: true, description: '变更原因，记入审计日志 / Why, kept in the audit trail' }) reason?: string | null,
  ): Promise<PaceThresholdsView> {
    return setPaceThresholds({ em, viewer, requestId }, cityCode, expectedVersion, { behindFrom, farBehindFrom }, reason);
  }
}
