import type { Lang } from './index';

/** Labels of the API's enums, as the schema's descriptions word them (Chinese first). */
const LABELS = {
  Ownership: {
    PUBLIC: ['公办', 'Public'],
    PRIVATE: ['民办', 'Private'],
    EMPLOYER: ['用人单位办', 'Employer-run'],
    COMMUNITY: ['社区办', 'Community-run'],
    KINDERGARTEN: ['幼儿园办托班', 'Kindergarten-run'],
  },
  DemonstrationLevel: {
    NONE: ['非示范', 'None'],
    CITY: ['市级', 'City level'],
    PROVINCIAL: ['省级', 'Provincial'],
    NATIONAL: ['国家级', 'National'],
  },
  PilotLevel: {
    NONE: ['非试点', 'None'],
    CITY: ['市级试点', 'City pilot'],
    PROVINCIAL: ['省级试点', 'Provincial pilot'],
  },
  AgeClass: {
    INFANT: ['乳儿班（6-12个月）', 'Infants (6-12 months)'],
    TODDLER: ['托小班（12-24个月）', 'Toddlers (12-24 months)'],
    PRESCHOOL: ['托大班（24-36个月）', 'Pre-school (24-36 months)'],
  },
  Role: {
    CITY_ADMIN: ['市级管理员', 'City admin'],
    STAFF: ['工作人员', 'Staff'],
    LEADER: ['领导', 'Leader'],
    ANALYST: ['分析员', 'Analyst'],
    DISPLAY: ['大屏', 'Screen'],
  },
  AuditAction: {
    CREATE: ['新建', 'Created'],
    UPDATE: ['修改', 'Changed'],
    FILE: ['备案', 'Filed'],
    CLOSE: ['停办', 'Closed'],
    IMPORT: ['批量导入', 'Imported'],
    REVOKE: ['吊销', 'Revoked'],
    DELETE: ['删除', 'Deleted'],
  },
  TargetKind: {
    LEVEL: ['达到水平', 'Reach a level'],
    INCREASE: ['较基数新增', 'Increase'],
    PER_1000: ['每千人口比例', 'Per 1,000 residents'],
    COVERAGE: ['乡镇覆盖率', 'Township coverage'],
  },
  InstitutionOrderField: {
    NAME: ['名称', 'Name'],
    SLOTS: ['托位数', 'Slots'],
    ENROLLED: ['在托人数', 'Enrolled'],
    OPENED_ON: ['开业日期', 'Opening date'],
    UPDATED_AT: ['更新时间', 'Last updated'],
  },
  Granularity: {
    MONTH: ['月', 'Month'],
    QUARTER: ['季度', 'Quarter'],
    YEAR: ['年', 'Year'],
  },
} as const satisfies Record<string, Record<string, readonly [string, string]>>;

export type EnumName = keyof typeof LABELS;
export type EnumValue<E extends EnumName> = keyof (typeof LABELS)[E] & string;

/** The values of an enum, in the order forms list them. */
export function enumValues<E extends EnumName>(name: E): EnumValue<E>[] {
  return Object.keys(LABELS[name]) as EnumValue<E>[];
}

/** `enumLabel('zh-CN', 'Ownership', 'PUBLIC')` → "公办"; an unknown value is shown as it is. */
export function enumLabel(lang: Lang, name: EnumName, value: string | null | undefined): string {
  if (value == null) return '—';
  const pair = (LABELS[name] as Record<string, readonly [string, string]>)[value];
  return pair ? pair[lang === 'en' ? 1 : 0] : value;
}
