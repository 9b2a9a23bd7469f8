import { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from '../common/enums.js';
import { isIsoDate } from '../common/dates.js';
import { parseTable, type CellResult, type ColumnSpec, type RowError, type RowRule } from './rows.js';
import { charLength, halfWidthDigits, lookupLabel, parseDate, parseWholeNumber, parseYesNo } from './values.js';

/** One institution read from an import file; `district` and `township` are as written (name or code) for the service to resolve. */
export interface InstitutionImportRow {
  /** Excel row number, for errors the service finds later (unknown district, duplicates). */
  row: number;
  name: string;
  district: string;
  /** 乡镇街道 as written, a 9-digit code or a name; null when the file has no such cell. */
  township: string | null;
  ownership: Ownership;
  inclusive: boolean;
  filedOn: string | null;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  slots: number;
  enrolled: number;
  ageClasses: AgeClass[];
  address: string;
  openedOn: string;
}

export type InstitutionImportField = Exclude<keyof InstitutionImportRow, 'row'>;

export interface InstitutionImport {
  rows: InstitutionImportRow[];
  errors: RowError[];
  /** Field → column name as written in the file, to word errors the service finds. */
  labels: Record<InstitutionImportField, string>;
}

export const MAX_SLOTS = 10_000;

const OWNERSHIP: Record<string, Ownership> = {
  公办: Ownership.PUBLIC,
  民办: Ownership.PRIVATE,
  用人单位办: Ownership.EMPLOYER,
  社区办: Ownership.COMMUNITY,
  幼儿园办: Ownership.KINDERGARTEN,
  幼儿园办托班: Ownership.KINDERGARTEN,
};

const DEMONSTRATION: Record<string, DemonstrationLevel> = {
  无: DemonstrationLevel.NONE,
  否: DemonstrationLevel.NONE,
  非示范: DemonstrationLevel.NONE,
  市级: DemonstrationLevel.CITY,
  省级: DemonstrationLevel.PROVINCIAL,
  国家级: DemonstrationLevel.NATIONAL,
};

const PILOT: Record<string, PilotLevel> = {
  无: PilotLevel.NONE,
  否: PilotLevel.NONE,
  非试点: PilotLevel.NONE,
  市级: PilotLevel.CITY,
  市级试点: PilotLevel.CITY,
  省级: PilotLevel.PROVINCIAL,
  省级试点: PilotLevel.PROVINCIAL,
};

const AGE_CLASS: Record<string, AgeClass> = {
  乳儿班: AgeClass.INFANT,
  托小班: AgeClass.TODDLER,
  托大班: AgeClass.PRESCHOOL,
};

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

/** The institution columns, with dates checked against `today` (ISO, the city's calendar). */
export function institutionColumns(today: string): ColumnSpec[] {
  return [
    { field: 'name', headers: ['机构名称', '名称', '托育机构名称', 'name'], required: true, parse: text('机构名称', 'name', 100) },
    {
      field: 'district',
      headers: ['所属区县', '区县', '所在区县', '区县代码', 'district', 'districtCode'],
      required: true,
      parse: (raw) => {
        if (!/^[0-9０-９]+$/.test(raw)) return text('所属区县', 'district', 50)(raw);
        const code = halfWidthDigits(raw);
        return code.length === 6 ? { value: code } : { error: '区县代码须为 6 位数字 / district code must have 6 digits' };
      },
    },
    {
      field: 'township',
      headers: ['乡镇街道', '所在乡镇街道', '乡镇', '乡镇代码', 'township', 'townshipCode'],
      required: false,
      parse: (raw) => {
        if (raw === '') return { value: null };
        if (!/^[0-9０-９]+$/.test(raw)) return text('乡镇街道', 'township', 50)(raw);
        const code = halfWidthDigits(raw);
        return code.length === 9 ? { value: code } : { error: '乡镇街道代码须为 9 位数字 / township code must have 9 digits' };
      },
    },
    {
      field: 'ownership',
      headers: ['举办主体', '举办主体类型', '性质', 'ownership'],
      required: true,
      parse: choice('举办主体', 'ownership', OWNERSHIP, Object.values(Ownership)),
    },
    {
      field: 'inclusive',
      headers: ['是否普惠', '普惠', '是否普惠性', 'inclusive'],
      required: false,
      parse: (raw) => {
        const value = raw === '' ? false : parseYesNo(raw);
        return value === null ? { error: '是否普惠须为 是 或 否 / inclusive must be 是 or 否 (Y/N, true/false, 1/0)' } : { value };
      },
    },
    {
      field: 'filedOn',
      headers: ['备案日期', '备案时间', 'filedOn'],
      required: false,
      parse: (raw) => (raw === '' || NO_DATE.has(raw) ? { value: null } : pastDate('备案日期', 'filedOn', today)(raw)),
    },
    {
      field: 'demonstrationLevel',
      headers: ['示范级别', '示范性托育机构级别', '示范', 'demonstrationLevel'],
      required: false,
      parse: choice('示范级别', 'demonstrationLevel', DEMONSTRATION, Object.values(DemonstrationLevel), DemonstrationLevel.NONE),
    },
    {
      field: 'pilotLevel',
      headers: ['试点级别', '普惠试点级别', '试点', 'pilotLevel'],
      required: false,
      parse: choice('试点级别', 'pilotLevel', PILOT, Object.values(PilotLevel), PilotLevel.NONE),
    },
    {
      field: 'slots',
      headers: ['托位数', '托位', '托位数量', 'slots'],
      required: true,
      parse: (raw) => {
        const value = parseWholeNumber(raw, 0, MAX_SLOTS);
        return value === null ? { error: '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10,000' } : { value };
      },
    },
    {
      field: 'enrolled',
      headers: ['在托人数', '在托婴幼儿数', '在托数', 'enrolled'],
      required: true,
      parse: (raw) => {
        const value = parseWholeNumber(raw, 0, Number.MAX_SAFE_INTEGER);
        return value === null ? { error: '在托人数须为不小于 0 的整数 / enrolled must be a whole number of 0 or more' } : { value };
      },
    },
    {
      field: 'ageClasses',
      headers: ['班型', '开设班型', 'ageClasses'],
      required: false,
      parse: (raw) => (raw === '' ? { value: [] } : ageClasses(raw)),
    },
    { field: 'address', headers: ['地址', '机构地址', '详细地址', 'address'], required: true, parse: text('地址', 'address', 200) },
    { field: 'openedOn', headers: ['开业日期', '开业时间', '成立日期', 'openedOn'], required: true, parse: pastDate('开业日期', 'openedOn', today) },
  ];
}

const enrolledWithinSlots: RowRule = ({ slots, enrolled }) =>
  typeof slots === 'number' && typeof enrolled === 'number' && enrolled > slots
    ? { field: 'enrolled', message: `在托人数（${enrolled}）不能超过托位数（${slots}）/ enrolled (${enrolled}) must not exceed slots (${slots})` }
    : null;

/** Reads an institution import file. Only rows without errors are returned; `today` is an ISO date. */
export function parseInstitutionCsv(text: string, today: string): InstitutionImport {
  if (!isIsoDate(today)) throw new Error(`today must be an ISO date, got ${today}`);
  const { rows, errors, labels } = parseTable(text, institutionColumns(today), { rowRules: [enrolledWithinSlots] });
  return { rows: rows as unknown as InstitutionImportRow[], errors, labels: labels as InstitutionImport['labels'] };
}
