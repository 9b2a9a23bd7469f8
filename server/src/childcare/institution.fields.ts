// Types only (ESLint refuses a value import here): this file is plain data, so that the staff
// pages (dashboard/src/staff/institutions/field-list.ts) import it too and bundle only the data.
import type { AgeClass, DemonstrationLevel, Ownership, PilotLevel } from './institution.enums.js';

/**
 * An institution's fields as people write and read them: the seed data, the CSV import, the
 * export and the staff form all list these, so a field is added or renamed here once.
 */
export interface InstitutionFields {
  name: string;
  ownership: Ownership;
  inclusive: boolean;
  /** ISO date (YYYY-MM-DD) of the 备案 filing, or null when not filed. */
  filedOn: string | null;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  slots: number;
  enrolled: number;
  ageClasses: AgeClass[];
  address: string;
  openedOn: string;
}

/** The same fields with each enum as its plain string values, as data written without the ORM's enums (db/seeders) holds them. */
export type PlainInstitutionFields = {
  [K in keyof InstitutionFields]: InstitutionFields[K] extends (infer E extends string)[] ? `${E}`[] : InstitutionFields[K] extends string ? `${InstitutionFields[K]}` : InstitutionFields[K];
};

/** How a field's value is written: `yes-no` a boolean, `choice` one enum value, `choices` several. */
export type InstitutionFieldType = 'text' | 'number' | 'date' | 'yes-no' | 'choice' | 'choices';

export interface InstitutionField {
  /** The API's name of the field; also the English column header. */
  key: keyof InstitutionFields | 'district' | 'township' | 'closedOn';
  /** The Chinese column header, and the staff pages' label (with the unit, if any: 托位数（个）). */
  zh: string;
  /** The English column header (the API's name). */
  en: string;
  /** The staff pages' English label. */
  enLabel: string;
  type: InstitutionFieldType;
  /** The longest text, in characters (code points), or the largest number. */
  max?: number;
  /** What a count counts, in Chinese: the form's label shows it, 托位数（个）, and the pages its figures, 1,280 个. */
  unit?: string;
  /** The export writes it; the import does not read it (an imported institution is open). */
  exportOnly?: true;
}

export const MAX_SLOTS = 10_000;

/** In the order files and forms list them. */
export const INSTITUTION_FIELDS = [
  { key: 'name', zh: '机构名称', en: 'name', enLabel: 'Name', type: 'text', max: 100 },
  { key: 'district', zh: '所属区县', en: 'district', enLabel: 'District', type: 'text', max: 50 },
  // By name (or its 9-digit code on import): a township of the institution's district.
  { key: 'township', zh: '乡镇街道', en: 'township', enLabel: 'Township or subdistrict', type: 'text', max: 50 },
  { key: 'ownership', zh: '举办主体', en: 'ownership', enLabel: 'Ownership', type: 'choice' },
  { key: 'inclusive', zh: '是否普惠', en: 'inclusive', enLabel: 'Inclusive', type: 'yes-no' },
  { key: 'filedOn', zh: '备案日期', en: 'filedOn', enLabel: 'Filing date', type: 'date' },
  { key: 'demonstrationLevel', zh: '示范级别', en: 'demonstrationLevel', enLabel: 'Demonstration level', type: 'choice' },
  // 普惠试点级别 (was 试点级别 until the staff form and the files shared one list): the pilots are of 普惠托育; the import still reads 试点级别.
  { key: 'pilotLevel', zh: '普惠试点级别', en: 'pilotLevel', enLabel: 'Inclusive pilot level', type: 'choice' },
  { key: 'slots', zh: '托位数', en: 'slots', enLabel: 'Slots', type: 'number', max: MAX_SLOTS, unit: '个' },
  { key: 'enrolled', zh: '在托人数', en: 'enrolled', enLabel: 'Children enrolled', type: 'number', unit: '人' },
  // 开设班型 (was 班型): the classes an institution runs, as the API's description words it; the import still reads 班型.
  { key: 'ageClasses', zh: '开设班型', en: 'ageClasses', enLabel: 'Age classes', type: 'choices' },
  { key: 'address', zh: '地址', en: 'address', enLabel: 'Address', type: 'text', max: 200 },
  { key: 'openedOn', zh: '开业日期', en: 'openedOn', enLabel: 'Opening date', type: 'date' },
  { key: 'closedOn', zh: '停办日期', en: 'closedOn', enLabel: 'Closing date', type: 'date', exportOnly: true },
] as const satisfies readonly InstitutionField[];

export type InstitutionFieldKey = (typeof INSTITUTION_FIELDS)[number]['key'];

export function institutionField(key: InstitutionFieldKey): InstitutionField {
  return INSTITUTION_FIELDS.find((f) => f.key === key)!;
}

/**
 * One choice as people write and read it: `zh` the word officials use (the export writes it, the
 * import reads it, the staff pages show it), `en` the English export's word (the API's value in
 * lower case, which the import reads back), `enLabel` the staff pages' English.
 */
export interface Word {
  zh: string;
  en: string;
  enLabel: string;
  /** An age class's ages, which the staff pages show after its name: 乳儿班（6-12个月）. */
  ages?: { zh: string; en: string };
}

export type Words<T extends string> = Record<`${T}`, Word>;

export const OWNERSHIP_WORDS: Words<Ownership> = {
  PUBLIC: { zh: '公办', en: 'public', enLabel: 'Public' },
  PRIVATE: { zh: '民办', en: 'private', enLabel: 'Private' },
  EMPLOYER: { zh: '用人单位办', en: 'employer', enLabel: 'Employer-run' },
  COMMUNITY: { zh: '社区办', en: 'community', enLabel: 'Community-run' },
  KINDERGARTEN: { zh: '幼儿园办托班', en: 'kindergarten', enLabel: 'Kindergarten-run' },
};
export const DEMONSTRATION_WORDS: Words<DemonstrationLevel> = {
  NONE: { zh: '无', en: 'none', enLabel: 'None' },
  CITY: { zh: '市级', en: 'city', enLabel: 'City level' },
  PROVINCIAL: { zh: '省级', en: 'provincial', enLabel: 'Provincial' },
  NATIONAL: { zh: '国家级', en: 'national', enLabel: 'National' },
};
export const PILOT_WORDS: Words<PilotLevel> = {
  NONE: { zh: '无', en: 'none', enLabel: 'None' },
  CITY: { zh: '市级', en: 'city', enLabel: 'City pilot' },
  PROVINCIAL: { zh: '省级', en: 'provincial', enLabel: 'Provincial pilot' },
};
export const AGE_CLASS_WORDS: Words<AgeClass> = {
  INFANT: { zh: '乳儿班', en: 'infant', enLabel: 'Infants', ages: { zh: '6-12个月', en: '6-12 months' } },
  TODDLER: { zh: '托小班', en: 'toddler', enLabel: 'Toddlers', ages: { zh: '12-24个月', en: '12-24 months' } },
  PRESCHOOL: { zh: '托大班', en: 'preschool', enLabel: 'Pre-school', ages: { zh: '24-36个月', en: '24-36 months' } },
};
