import { formatCount, MISSING } from '../../shared/format/number';
import { t, type Lang, type MessageKey } from '../i18n';
import { enumLabel, type EnumName } from '../i18n/enum-labels';

/** Fields of an institution as the audit trail and a conflict name them, with their labels. */
const LABELS: Record<string, MessageKey> = {
  name: 'name',
  districtId: 'district',
  ownership: 'ownership',
  inclusive: 'inclusive',
  filedOn: 'filedOn',
  closedOn: 'closedOn',
  demonstrationLevel: 'demonstrationLevel',
  pilotLevel: 'pilotLevel',
  slots: 'slots',
  enrolled: 'enrolled',
  ageClasses: 'ageClasses',
  address: 'address',
  openedOn: 'openedOn',
  version: 'version',
};

const ENUMS: Record<string, EnumName> = {
  ownership: 'Ownership',
  demonstrationLevel: 'DemonstrationLevel',
  pilotLevel: 'PilotLevel',
  ageClasses: 'AgeClass',
};

/** Counts in the official style with their unit: "1,280 个", "96 人". */
const UNITS: Record<string, [string, string]> = {
  slots: ['个', ''],
  enrolled: ['人', ''],
};

export function fieldLabel(lang: Lang, field: string): string {
  const key = LABELS[field];
  return key ? t(lang, key) : field;
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
    const unit = UNITS[field];
    return formatCount(value, unit ? unit[lang === 'en' ? 1 : 0] : '');
  }
  return String(value);
}
