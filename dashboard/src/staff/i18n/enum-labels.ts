import { AGE_CLASS_WORDS, DEMONSTRATION_WORDS, institutionLabel, OWNERSHIP_WORDS, PILOT_WORDS, wordLabel, type InstitutionFieldKey, type Word } from '../institutions/field-list';
import type { Lang } from './index';

/** [中文, English] of each choice, from the institution field list's words: the words the files use. */
function labelsOf<T extends string>(words: Record<T, Word>): Record<T, readonly [string, string]> {
  return Object.fromEntries((Object.entries(words) as [T, Word][]).map(([value, word]) => [value, [wordLabel('zh-CN', word), wordLabel('en', word)] as const])) as Record<T, readonly [string, string]>;
}

/** [中文, English] of a field of the list, without its unit (a sort order's name). */
function fieldLabels(key: InstitutionFieldKey): readonly [string, string] {
  return [institutionLabel('zh-CN', key, { unit: false }), institutionLabel('en', key, { unit: false })];
}

/** Labels of the API's enums (Chinese first): the institution's choices from its field list, the rest as the schema's descriptions word them. */
const LABELS = {
  Ownership: labelsOf(OWNERSHIP_WORDS),
  DemonstrationLevel: labelsOf(DEMONSTRATION_WORDS),
  PilotLevel: labelsOf(PILOT_WORDS),
  AgeClass: labelsOf(AGE_CLASS_WORDS),
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
    NAME: fieldLabels('name'),
    SLOTS: fieldLabels('slots'),
    ENROLLED: fieldLabels('enrolled'),
    OPENED_ON: fieldLabels('openedOn'),
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
