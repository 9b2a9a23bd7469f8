import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { IndicatorValueInput, RecordedValue } from './indicator-value.types.js';
import { recordIndicatorValue } from './indicator-value-write.service.js';

@Resolver()
export class IndicatorValueWriteResolver {
  @Mutation(() => RecordedValue, { description: '填报指标值：本区县工作人员或市级管理员 / Record a figure: staff of the district or a city admin' })
  recordIndicatorValue(
    @Ctx() { em, viewer, requestId, today }: GraphQLContext,
    @Arg('input', () => IndicatorValueInput) input: IndicatorValueInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: '改已有数值时须给出看到的版本号 / The version you saw, when replacing a recorded figure' }) expectedVersion?: number | null,
    @Arg('reason', () => String, { nullable: true, description: '变更原因 / Why' }) reason?: string | null,
  ): Promise<RecordedValue> {
    return recordIndicatorValue({ em, viewer, requestId, today }, input, expectedVersion, reason);
  }
}
