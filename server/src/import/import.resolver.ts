import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ImportReport } from './import.types.js';
import { importIndicatorValues } from './indicator-value-import.service.js';
import { importInstitutions } from './institution-import.service.js';

const FILE = { description: 'CSV 文件内容的 base64（UTF-8 或 GBK，最大 5 MB）/ The CSV file as base64 (UTF-8 or GBK, at most 5 MB)' } as const;
const DRY_RUN = { description: 'true：只检查并报告错误，不写入 / true: check and report only, write nothing' } as const;
const REASON = { nullable: true, description: '导入原因，记入审计日志 / Why, kept in the audit trail' } as const;

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReport, { description: '从 CSV 导入新机构：预检或全部写入 / Import new institutions from CSV: dry run, or all-or-nothing commit' })
  importInstitutions(
    @Ctx() { em, viewer, requestId, today }: GraphQLContext,
    @Arg('file', () => String, FILE) file: string,
    @Arg('dryRun', () => Boolean, DRY_RUN) dryRun: boolean,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<ImportReport> {
    return importInstitutions({ em, viewer, requestId, today }, file, dryRun, reason);
  }

  @Mutation(() => ImportReport, { description: '从 CSV 导入指标值：预检或全部写入 / Import recorded figures from CSV: dry run, or all-or-nothing commit' })
  importIndicatorValues(
    @Ctx() { em, viewer, requestId, today }: GraphQLContext,
    @Arg('file', () => String, FILE) file: string,
    @Arg('dryRun', () => Boolean, DRY_RUN) dryRun: boolean,
    @Arg('reason', () => String, REASON) reason?: string | null,
  ): Promise<ImportReport> {
    return importIndicatorValues({ em, viewer, requestId, today }, file, dryRun, reason);
  }
}
