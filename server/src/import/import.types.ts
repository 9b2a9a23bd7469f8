import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '导入文件中的一处错误 / A problem in an imported file' })
export class ImportRowError {
  @Field(() => Int, { description: '行号（表头为第 1 行）/ Row as Excel numbers it (the header is row 1)' }) row!: number;
  @Field(() => String, { description: '列名，整个文件的问题为空 / Column as headed in the file; empty for the whole file' }) column!: string;
  @Field(() => String, { description: '说明 / What is wrong' }) message!: string;
}

@ObjectType({ description: '导入结果 / The outcome of an import' })
export class ImportReport {
  @Field(() => Boolean, { description: '是否仅预检 / Whether this was a dry run' }) dryRun!: boolean;
  @Field(() => Boolean, { description: '是否已写入 / Whether anything was written' }) committed!: boolean;
  @Field(() => String, { description: '识别出的编码：UTF-8 或 GBK / Encoding detected' }) encoding!: string;
  @Field(() => Int, { description: '有效数据行数 / Valid data rows' }) validRowCount!: number;
  @Field(() => Int, { description: '写入的记录数 / Records written' }) importedCount!: number;
  @Field(() => Int, { description: '错误总数 / Number of problems' }) errorCount!: number;
  @Field(() => [ImportRowError], { description: '错误（最多 500 条）/ Problems (at most 500)' }) errors!: ImportRowError[];
}
