import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Institution } from '../childcare/institution.entity.js';
import { pageSize } from '../common/pagination.js';
import { AuditConnection, AuditEntryView, AuditFilter } from './audit.types.js';
import { authorize, canReadCity } from '../auth/policy.js';
import { auditLog, HISTORY_LIMIT } from './audit-read.service.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditConnection, { description: '审计日志（分析员、市级管理员）/ The audit log (analysts, city admins)' })
  auditLog(
    @Ctx() { em, viewer, config }: GraphQLContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
    @Arg('first', () => Int, { nullable: true, description: '每页条数，默认 20 / Page size, default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor' }) after?: string | null,
  ): Promise<AuditConnection> {
    return auditLog(em, viewer, filter, pageSize(first, config.limits.maxPageSize), after);
  }
}

@Resolver(() => Institution)
export class InstitutionHistoryResolver {
  @FieldResolver(() => [AuditEntryView], { description: '变更历史，新的在前（登录用户）/ Change history, newest first (signed-in users)' })
  async history(
    @Root() institution: Pick<Institution, 'id'>,
    @Ctx() { loaders, viewer }: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: HISTORY_LIMIT, description: `最多返回条数，默认且最多 ${HISTORY_LIMIT} / How many, newest first: ${HISTORY_LIMIT} by default and at most` }) first: number,
  ): Promise<AuditEntryView[]> {
    // Only signed-in users read history: a screen token or an anonymous caller costs no statement.
    authorize(viewer, viewer?.kind === 'USER');
    const { cityId, entries } = await loaders.institutionHistory.load({ institutionId: institution.id, first: pageSize(first, HISTORY_LIMIT) });
    authorize(viewer, cityId !== null && canReadCity(viewer, cityId));
    return entries;
  }
}
