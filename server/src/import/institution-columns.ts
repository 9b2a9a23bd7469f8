import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../childcare/institution.enums.js';
import {
  AGE_CLASS_WORDS, DEMONSTRATION_WORDS, institutionField, MAX_SLOTS, OWNERSHIP_WORDS, PILOT_WORDS,
  type InstitutionField, type InstitutionFieldKey, type InstitutionFields, type Word, type Words,
} from '../childcare/institution.fields.js';
import { isIsoDate } from '../common/dates.js';
import { parseTable, type CellResult, type ColumnSpec, type RowError, type RowRule } from './rows.js';
import { charLength, halfWidthDigits, lookupLabel, parseDate, parseWholeNumber, parseYesNo } from './values.js';

/** One institution read from an import file; `district` and `township` are as written (name or code) for the service to resolve. */
export interface InstitutionImportRow extends InstitutionFields {
  /** Excel row number, for errors the service finds later (unknown district, duplicates). */
  row: number;
  district: string;
  /** 乡镇街道 as written, a 9-digit code or a name; null when the file has no such cell. */
  township: string | null;
}

export type InstitutionImportField = Exclude<keyof InstitutionImportRow, 'row'>;

export interface InstitutionImport {
  rows: InstitutionImportRow[];
  errors: RowError[];
  /** Field → column name as written in the file, to word errors the service finds. */
  labels: Record<InstitutionImportField, string>;
  /** Rows with errors, with the cells that parsed (their row number always). */
  rejected: (Partial<InstitutionImportRow> & { row: number })[];
}


/** The words of each choice (the export writes them), then what else people write for them. */
function accepting<T extends string>(words: Words<T>, also: Record<string, T> = {}): Record<string, T> {
  const canonical = (Object.entries(words) as [T, Word][]).map(([value, { zh }]) => [zh, value] as const);
  return { ...Object.fromEntries(canonical), ...also };
}

const OWNERSHIP = accepting(OWNERSHIP_WORDS, { 幼儿园办: Ownership.KINDERGARTEN });
const DEMONSTRATION = accepting(DEMONSTRATION_WORDS, { 否: DemonstrationLevel.NONE, 非示范: DemonstrationLevel.NONE });
const PILOT = accepting(PILOT_WORDS, { 否: PilotLevel.NONE, 非试点: PilotLevel.NONE, 市级试点: PilotLevel.CITY, 省级试点: PilotLevel.PROVINCIAL });
const AGE_CLASS = accepting(AGE_CLASS_WORDS);

/** Cell texts of an optional date meaning "none". */
const NO_DATE = new Set(['无', '未备案', '-', '—', '/']);

function text(zh: string, en: string, max: number): (raw: string) => CellResult {
  return (raw) => (charLength(raw) <= max ? { value: raw } : { error: `${zh}不能超过 ${max} 个字 / ${en} must be at most ${max} characters` });
}

function pastDate(zh: string, en: string, today: string): (raw: string) => CellResult {
  return (raw) => {
    const iso = parseDate(raw);
    if (!iso) return { error: `${zh}须为日期，如 2024-03-01、2024/3/1 或 2024年3月1日 / ${en} must be a date such as 2024-03-01, 2024/3/1 or 2024年3月1日` };
    if (iso > today) return { error: `${zh}不能晚于今天（${today}）/ ${en} must not be in the future (today is ${today})` };
    return { value: iso };
  };
}

function choice<T extends string>(zh: string, en: string, labels: Record<string, T>, values: readonly T[], fallback?: T): (raw: string) => CellResult {
  const accepted = Object.keys(labels).join('、');
  return (raw) => {
    if (raw === '' && fallback !== undefined) return { value: fallback };
    const value = lookupLabel(raw, labels, values);
    return value ? { value } : { error: `${zh}须为 ${accepted} 之一 / ${en} must be one of ${accepted} (or ${values.join(', ')})` };
  };
}

function ageClasses(raw: string): CellResult {
  const parts = raw.split(/[、,，;；\s]+/).filter((part) => part !== '');
  const values = parts.map((part) => lookupLabel(part, AGE_CLASS, Object.values(AgeClass)));
  if (values.some((value) => value === null)) {
    return { error: '班型须为 乳儿班、托小班、托大班，以顿号或逗号分隔 / ageClasses must be 乳儿班, 托小班 or 托大班, separated by 、 or commas' };
  }
  return { value: [...new Set(values)] };
}

/** A field's column: its label, what else files call it, its English name; and how its cells read. */
function column(key: InstitutionFieldKey, also: { zh?: string[]; en?: string[] }, required: boolean, parse: (field: InstitutionField) => ColumnSpec['parse']): ColumnSpec {
  const field = institutionField(key);
  return { field: key, headers: [field.zh, ...(also.zh ?? []), field.en, ...(also.en ?? [])], required, parse: parse(field) };
}

/** The institution columns, with dates checked against `today` (ISO, the city's calendar). */
export function institutionColumns(today: string): ColumnSpec[] {
  return [
    column('name', { zh: ['名称', '托育机构名称'] }, true, (f) => text(f.zh, f.en, f.max!)),
    column('district', { zh: ['区县', '所在区县', '区县代码'], en: ['districtCode'] }, true, (f) => (raw) => {
      if (!/^[0-9０-９]+$/.test(raw)) return text(f.zh, f.en, f.max!)(raw);
      const code = halfWidthDigits(raw);
      return code.length === 6 ? { value: code } : { error: '区县代码须为 6 位数字 / district code must have 6 digits' };
    }),
    column('township', { zh: ['所在乡镇街道', '乡镇', '乡镇代码'], en: ['townshipCode'] }, false, (f) => (raw) => {
      if (raw === '') return { value: null };
      if (!/^[0-9０-９]+$/.test(raw)) return text(f.zh, f.en, f.max!)(raw);
      const code = halfWidthDigits(raw);
      return code.length === 9 ? { value: code } : { error: '乡镇街道代码须为 9 位数字 / township code must have 9 digits' };
    }),
    column('ownership', { zh: ['举办主体类型', '性质'] }, true, (f) => choice(f.zh, f.en, OWNERSHIP, Object.values(Ownership))),
    column('inclusive', { zh: ['普惠', '是否普惠性'] }, false, () => (raw) => {
      const value = raw === '' ? false : parseYesNo(raw);
      return value === null ? { error: '是否普惠须为 是 或 否 / inclusive must be 是 or 否 (Y/N, true/false, 1/0)' } : { value };
    }),
    column('filedOn', { zh: ['备案时间'] }, false, (f) => (raw) => (raw === '' || NO_DATE.has(raw) ? { value: null } : pastDate(f.zh, f.en, today)(raw))),
    column('demonstrationLevel', { zh: ['示范性托育机构级别', '示范'] }, false, (f) => choice(f.zh, f.en, DEMONSTRATION, Object.values(DemonstrationLevel), DemonstrationLevel.NONE)),
    column('pilotLevel', { zh: ['试点级别', '试点'] }, false, (f) => choice(f.zh, f.en, PILOT, Object.values(PilotLevel), PilotLevel.NONE)),
    column('slots', { zh: ['托位', '托位数量'] }, true, () => (raw) => {
      const value = parseWholeNumber(raw, 0, MAX_SLOTS);
      return value === null ? { error: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' } : { value };
    }),
    column('enrolled', { zh: ['在托婴幼儿数', '在托数'] }, true, () => (raw) => {
      const value = parseWholeNumber(raw, 0, Number.MAX_SAFE_INTEGER);
      return value === null ? { error: '在托人数须为不小于 0 的整数 / enrolled must be a whole number of 0 or more' } : { value };
    }),
    column('ageClasses', { zh: ['班型'] }, false, () => (raw) => (raw === '' ? { value: [] } : ageClasses(raw))),
    column('address', { zh: ['机构地址', '详细地址'] }, true, (f) => text(f.zh, f.en, f.max!)),
    column('openedOn', { zh: ['开业时间', '成立日期'] }, true, (f) => pastDate(f.zh, f.en, today)),
  ];
}

const enrolledWithinSlots: RowRule = ({ slots, enrolled }) =>
  typeof slots === 'number' && typeof enrolled === 'number' && enrolled > slots
    ? { field: 'enrolled', message: `在托人数（${enrolled}）不能超过托位数（${slots}）/ enrolled (${enrolled}) must not exceed slots (${slots})` }
    : null;

/** Reads an institution import file. Only rows without errors are returned; `today` is an ISO date. */
export function parseInstitutionCsv(text: string, today: string): InstitutionImport {
  if (!isIsoDate(today)) throw new Error(`today must be an ISO date, got ${today}`);
  const { rows, errors, labels, rejected } = parseTable(text, institutionColumns(today), { rowRules: [enrolledWithinSlots] });
  return { rows: rows as unknown as InstitutionImportRow[], errors, labels: labels as InstitutionImport['labels'], rejected: rejected as unknown as InstitutionImport['rejected'] };
}
