import { formatCount, MISSING } from '../../shared/format/number';
import { t, type Lang } from '../i18n';
import { enumLabel, type EnumName } from '../i18n/enum-labels';
import { institutionLabel, institutionUnit, isInstitutionFieldKey } from './field-list';
import { FIELD_ENUMS } from './institution-form';

const ENUMS: Record<string, EnumName> = FIELD_ENUMS;

/** A field of an institution as the audit trail and a conflict name it: the field list's label, 托位数（个）. */
export function fieldLabel(lang: Lang, field: string): string {
  if (field === 'districtId') return institutionLabel(lang, 'district');
  if (field === 'version') return t(lang, 'version');
  return isInstitutionFieldKey(field) ? institutionLabel(lang, field) : field;
}

export interface FormatContext {
  /** A district's name by its id (the audit trail keeps ids). */
  districtName?(id: number): string | undefined;
}

/** A field's value for a person: labels for enums, 是/否, counts with units, a dash for none. */
export function formatFieldValue(lang: Lang, field: string, value: unknown, context: FormatContext = {}): string {
  if (value === null || value === undefined || value === '') return MISSING;
  const enumName = ENUMS[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return MISSING;
    return value.map((v) => (enumName ? enumLabel(lang, enumName, String(v)) : String(v))).join(lang === 'en' ? ', ' : '、');
  }
  if (enumName) return enumLabel(lang, enumName, String(value));
  if (typeof value === 'boolean') return t(lang, value ? 'yes' : 'no');
  if (field === 'districtId' && typeof value === 'number') return context.districtName?.(value) ?? String(value);
  if (typeof value === 'number') {
    return formatCount(value, isInstitutionFieldKey(field) ? institutionUnit(lang, field) : '');
  }
  return String(value);
}
