import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.js';
import { Institution } from './institution.entity.js';
import { InstitutionInput, InstitutionPatch } from './institution-write.inputs.js';
import { closeInstitution, createInstitution, fileInstitution, updateInstitution, type WriteContext } from './institution-write.service.js';

const REASON = { nullable: true, description: '变更原因，记入审计日志 / Why, kept in the audit trail' } as const;
const VERSION = { description: '修改前看到的版本号；已被他人修改时返回 CONFLICT / The version you saw; CONFLICT when it has moved on' } as const;

function writeContext(ctx: GraphQLContext): WriteContext {
  return { em: ctx.em, today: ctx.today, viewer: ctx.viewer, requestId: ctx.requestId };
}

@Resolver()
export class InstitutionWriteResolver {
  @Mutation(() => Institution, { description: '新建托育机构（本区县工作人员或市级管理员）/ Create an institution (staff of its district or a city admin)' })
  createInstitution(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => InstitutionInput) input: InstitutionInput,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<Institution> {
    return createInstitution(writeContext(ctx), input, reason);
  }

  @Mutation(() => Institution, { description: '修改机构信息 / Change an institution' })
  updateInstitution(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Arg('patch', () => InstitutionPatch) patch: InstitutionPatch,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<Institution> {
    return updateInstitution(writeContext(ctx), id, expectedVersion, patch, reason);
  }

  @Mutation(() => Institution, { description: '登记备案 / Record the filing (备案) of an institution' })
  fileInstitution(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Arg('filedOn', () => LocalDateResolver, { description: '备案日期 / Filing date' }) filedOn: string,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<Institution> {
    return fileInstitution(writeContext(ctx), id, expectedVersion, filedOn, reason);
  }

  @Mutation(() => Institution, { description: '登记停办；停办机构不再计入托位 / Record an institution’s closing; it no longer counts' })
  closeInstitution(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, VERSION) expectedVersion: number,
    @Arg('closedOn', () => LocalDateResolver, { description: '停办日期 / Closing date' }) closedOn: string,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<Institution> {
    return closeInstitution(writeContext(ctx), id, expectedVersion, closedOn, reason);
  }
}
