import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { TargetPartInput } from './target-parts.inputs.js';
import { setTargetParts } from './target-parts.service.js';
import { TargetView } from './target.type.js';

const REASON = { nullable: true, description: '变更原因，记入审计日志 / Why, kept in the audit trail' } as const;

@Resolver(() => TargetView)
export class TargetPartsResolver {
  @FieldResolver(() => [TargetView], { description: '分解到各区县的目标（当前状态），按区县代码 / The district parts of a split city target (as they are now), by district code' })
  parts(@Root() target: TargetView, @Ctx() { loaders }: GraphQLContext): Promise<TargetView[]> {
    return loaders.targetParts.load(target.id);
  }

  @FieldResolver(() => TargetView, { nullable: true, description: '区县分解目标所属的市级目标 / The city target a district part belongs to' })
  async parent(@Root() target: TargetView, @Ctx() { loaders }: GraphQLContext): Promise<TargetView | null> {
    return target.parentId === null ? null : loaders.target.load(target.parentId);
  }

  @Mutation(() => TargetView, { description: '把市级新增目标分解到区县，各区县之和须等于市级目标；空列表撤销分解（市级管理员）/ Split a city’s INCREASE target into district parts adding up to it; an empty list drops the split (city admin)' })
  setTargetParts(
    @Ctx() { em, viewer, requestId, today }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('parts', () => [TargetPartInput]) parts: TargetPartInput[],
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<TargetView> {
    return setTargetParts({ em, viewer, requestId, today }, id, expectedVersion, parts, reason);
  }
}
