import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Role } from '../auth/role.enums.js';
import { Connection } from '../common/pagination.js';
import { AuditAction } from './audit-entry.entity.js';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: '审计动作 / What was done',
  valuesConfig: {
    CREATE: { description: '新建 / Created' },
    UPDATE: { description: '修改 / Changed' },
    FILE: { description: '备案 / Filed' },
    CLOSE: { description: '停办 / Closed' },
    IMPORT: { description: '批量导入 / Imported' },
    REVOKE: { description: '吊销 / Revoked' },
    DELETE: { description: '删除（如撤销目标的区县分解）/ Deleted (e.g. a district part of a target dropped from its split)' },
  },
});

@ObjectType('AuditEntry', { description: '审计日志中的一条：谁、何时、改了什么 / One audit entry: who changed what, when' })
export class AuditEntryView {
  @Field(() => ID, { description: '标识，越大越新 / Identifier, increasing' }) id!: string;
  @Field(() => DateTimeResolver, { description: '时间 / When' }) at!: Date;
  @Field(() => String, { description: '操作人 / Who' }) actorName!: string;
  @Field(() => Role, { nullable: true, description: '操作人角色 / Their role' }) actorRole!: Role | null;
  @Field(() => AuditAction, { description: '动作 / Action' }) action!: AuditAction;
  @Field(() => String, { description: '对象类型，如 Institution / Kind of record' }) entityType!: string;
  @Field(() => Int, { description: '对象标识 / Record id' }) entityId!: number;
  @Field(() => JSONObjectResolver, { nullable: true, description: '变更前 / Before' }) before!: Record<string, unknown> | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: '变更后 / After' }) after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: '变更原因 / Reason given' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: '请求编号 / Request id' }) requestId!: string | null;
}

@InputType({ description: '审计日志筛选 / Audit log filter' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: '城市代码 / City code' }) cityCode?: string | null;
  @Field(() => String, { nullable: true, description: '对象类型 / Kind of record' }) entityType?: string | null;
  @Field(() => Int, { nullable: true, description: '对象标识 / Record id' }) entityId?: number | null;
  @Field(() => AuditAction, { nullable: true, description: '动作 / Action' }) action?: AuditAction | null;
  @Field(() => DateTimeResolver, { nullable: true, description: '起始时间 / From' }) from?: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: '截止时间 / To' }) to?: Date | null;
}

@ObjectType({ description: '审计日志中的一项 / An entry in a list' })
export class AuditEdge {
  @Field(() => String, { description: '游标 / Cursor' }) cursor!: string;
  @Field(() => AuditEntryView, { description: '审计条目 / The entry' }) node!: AuditEntryView;
}

@ObjectType({ description: '分页的审计日志，新的在前 / A page of the audit log, newest first' })
export class AuditConnection extends Connection {
  @Field(() => [AuditEdge], { description: '本页各项 / Items of this page' }) edges!: AuditEdge[];
}
