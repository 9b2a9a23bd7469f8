import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { TargetView } from './target.type.js';
import { TargetInput, TargetPatch } from './target-write.inputs.js';
import { createTarget, updateTarget } from './target-write.service.js';

const REASON = { nullable: true, description: '变更原因，记入审计日志 / Why, kept in the audit trail' } as const;

@Resolver()
export class TargetWriteResolver {
  @Mutation(() => TargetView, { description: '新建目标（市级管理员）/ Create a target (city admin)' })
  createTarget(@Ctx() { em, viewer, requestId, today }: GraphQLContext, @Arg('input', () => TargetInput) input: TargetInput, @Arg('reason', () => String, REASON) reason?: string | null): Promise<TargetView> {
    return createTarget({ em, viewer, requestId, today }, input, reason);
  }

  @Mutation(() => TargetView, { description: '修改目标（市级管理员）/ Change a target (city admin)' })
  updateTarget(
    @Ctx() { em, viewer, requestId, today }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('patch', () => TargetPatch) patch: TargetPatch,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<TargetView> {
    return updateTarget({ em, viewer, requestId, today }, id, expectedVersion, patch, reason);
  }
}
