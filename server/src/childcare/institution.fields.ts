// Types only: this file is plain data, so that the staff form (dashboard/) can import it too.
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
  zh: string;
  en: string;
  type: InstitutionFieldType;
  /** The longest text, in characters, or the largest number. */
  max?: number;
}

export const MAX_SLOTS = 10_000;

/** In the order files and forms list them. */
export const INSTITUTION_FIELDS = [
  { key: 'name', zh: '机构名称', en: 'name', type: 'text', max: 100 },
  { key: 'district', zh: '所属区县', en: 'district', type: 'text', max: 50 },
  // By name (or its 9-digit code on import): a township of the institution's district.
  { key: 'township', zh: '乡镇街道', en: 'township', type: 'text', max: 50 },
  { key: 'ownership', zh: '举办主体', en: 'ownership', type: 'choice' },
  { key: 'inclusive', zh: '是否普惠', en: 'inclusive', type: 'yes-no' },
  { key: 'filedOn', zh: '备案日期', en: 'filedOn', type: 'date' },
  { key: 'demonstrationLevel', zh: '示范级别', en: 'demonstrationLevel', type: 'choice' },
  { key: 'pilotLevel', zh: '试点级别', en: 'pilotLevel', type: 'choice' },
  { key: 'slots', zh: '托位数', en: 'slots', type: 'number', max: MAX_SLOTS },
  { key: 'enrolled', zh: '在托人数', en: 'enrolled', type: 'number' },
  { key: 'ageClasses', zh: '班型', en: 'ageClasses', type: 'choices' },
  { key: 'address', zh: '地址', en: 'address', type: 'text', max: 200 },
  { key: 'openedOn', zh: '开业日期', en: 'openedOn', type: 'date' },
  { key: 'closedOn', zh: '停办日期', en: 'closedOn', type: 'date' },
] as const satisfies readonly InstitutionField[];

export type InstitutionFieldKey = (typeof INSTITUTION_FIELDS)[number]['key'];

export function institutionField(key: InstitutionFieldKey): InstitutionField {
  return INSTITUTION_FIELDS.find((f) => f.key === key)!;
}

/** [中文, English]: the words officials use for each choice; the export writes them and the import reads them. */
export type Words<T extends string> = Record<`${T}`, readonly [string, string]>;

export const OWNERSHIP_WORDS: Words<Ownership> = {
  PUBLIC: ['公办', 'public'],
  PRIVATE: ['民办', 'private'],
  EMPLOYER: ['用人单位办', 'employer'],
  COMMUNITY: ['社区办', 'community'],
  KINDERGARTEN: ['幼儿园办托班', 'kindergarten'],
};
export const DEMONSTRATION_WORDS: Words<DemonstrationLevel> = {
  NONE: ['无', 'none'],
  CITY: ['市级', 'city'],
  PROVINCIAL: ['省级', 'provincial'],
  NATIONAL: ['国家级', 'national'],
};
export const PILOT_WORDS: Words<PilotLevel> = {
  NONE: ['无', 'none'],
  CITY: ['市级', 'city'],
  PROVINCIAL: ['省级', 'provincial'],
};
export const AGE_CLASS_WORDS: Words<AgeClass> = {
  INFANT: ['乳儿班', 'infant'],
  TODDLER: ['托小班', 'toddler'],
  PRESCHOOL: ['托大班', 'preschool'],
};
