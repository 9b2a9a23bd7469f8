import type { Institution, InstitutionPatch } from '../graphql/types';
import type { Lang } from '../i18n';
import type { EnumName } from '../i18n/enum-labels';
import { INSTITUTION_FIELDS, institutionLabel, type InstitutionField, type InstitutionFieldKey } from './field-list';

/**
 * The fields of the list the form does not edit, and why: everything else in the list is a
 * control of the form, in the list's order, so a field added there is added here.
 */
const NOT_IN_FORM = {
  district: 'chosen once, on the create page, from the districts the user may edit',
  township: 'not yet on the staff pages: the API, the import and the export carry it (issue 16, staff pages still to come)',
  filedOn: '登记备案 records it (FileCloseActions)',
  closedOn: '登记停办 records it (FileCloseActions)',
} as const satisfies Partial<Record<InstitutionFieldKey, string>>;

export type EditableField = Exclude<InstitutionFieldKey, keyof typeof NOT_IN_FORM>;
type EditableFieldSpec = Extract<(typeof INSTITUTION_FIELDS)[number], { key: EditableField }>;

const isEditable = (field: (typeof INSTITUTION_FIELDS)[number]): field is EditableFieldSpec => !Object.hasOwn(NOT_IN_FORM, field.key);

/** The list's fields the form edits, in the list's order. */
export const EDITABLE_FIELD_SPECS: readonly EditableFieldSpec[] = INSTITUTION_FIELDS.filter(isEditable);
/** The editable fields of an institution, in the order the form shows them. */
export const EDITABLE_FIELDS: readonly EditableField[] = EDITABLE_FIELD_SPECS.map((f) => f.key);
export type InstitutionValues = Pick<Institution, EditableField>;

/** The enum of each choice field, whose labels its options show. */
export const FIELD_ENUMS = {
  ownership: 'Ownership',
  demonstrationLevel: 'DemonstrationLevel',
  pilotLevel: 'PilotLevel',
  ageClasses: 'AgeClass',
} as const satisfies Partial<Record<EditableField, EnumName>>;

/** One control of the form as the list describes its field: its label and the server's limit. */
export interface FormControl {
  key: EditableField;
  type: InstitutionField['type'];
  label: string;
  /** A text's longest value, in characters (the input's maxLength). */
  maxLength?: number;
  /** A count's largest value (the input's max). */
  max?: number;
}

/**
 * The form's controls, from the field list. maxLength counts UTF-16 units where the server
 * counts characters: the same for Chinese text, a little stricter only for a name full of
 * characters outside the BMP (emoji, the rarest 汉字).
 */
export function formControls(lang: Lang): FormControl[] {
  return EDITABLE_FIELD_SPECS.map((field): FormControl => {
    const control: FormControl = { key: field.key, type: field.type, label: institutionLabel(lang, field.key) };
    if ('max' in field) {
      if (field.type === 'text') control.maxLength = field.max;
      else control.max = field.max;
    }
    return control;
  });
}

/** What the form holds: numbers as typed, so a half-typed value is never lost or rewritten. */
export type InstitutionDraft = { [K in EditableField]: K extends 'slots' | 'enrolled' ? string : InstitutionValues[K] };

/** Why the form cannot send a field at all (ranges and rules are the API's to judge). */
export type DraftProblem = 'required' | 'wholeNumber';

export function valuesOf(institution: InstitutionValues): InstitutionValues {
  const { name, ownership, inclusive, demonstrationLevel, pilotLevel, slots, enrolled, ageClasses, address, openedOn } = institution;
  return { name, ownership, inclusive, demonstrationLevel, pilotLevel, slots, enrolled, ageClasses: [...ageClasses], address, openedOn };
}

/**
 * The editable state in a CONFLICT's `extensions.current` (the server's audit snapshot:
 * the same field names, plus districtId, filedOn, closedOn and version).
 */
export function valuesOfSnapshot(current: Record<string, unknown>): InstitutionValues {
  return valuesOf(current as unknown as InstitutionValues);
}

export function draftOf(values: InstitutionValues): InstitutionDraft {
  return { ...values, ageClasses: [...values.ageClasses], slots: String(values.slots), enrolled: String(values.enrolled) };
}

function wholeNumber(text: string): number | DraftProblem {
  const trimmed = text.trim();
  if (trimmed === '') return 'required';
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : 'wholeNumber';
}

/** Reads the draft: the values to send, or what keeps a field from being sent. */
export function readDraft(draft: InstitutionDraft): { values: InstitutionValues; problems: Partial<Record<EditableField, DraftProblem>> } {
  const problems: Partial<Record<EditableField, DraftProblem>> = {};
  const slots = wholeNumber(draft.slots);
  const enrolled = wholeNumber(draft.enrolled);
  if (typeof slots === 'string') problems.slots = slots;
  if (typeof enrolled === 'string') problems.enrolled = enrolled;
  if (draft.name.trim() === '') problems.name = 'required';
  if (draft.address.trim() === '') problems.address = 'required';
  if (draft.openedOn === '') problems.openedOn = 'required';
  const values: InstitutionValues = {
    ...draft,
    name: draft.name.trim(),
    address: draft.address.trim(),
    ageClasses: [...draft.ageClasses],
    slots: typeof slots === 'number' ? slots : Number.NaN,
    enrolled: typeof enrolled === 'number' ? enrolled : Number.NaN,
  };
  return { values, problems };
}

/** Equal as the API sees it: age classes are a set, so their order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
  return a === b || (a == null && b == null);
}

/** The fields where `mine` differs from `base`. */
export function changedFields<F extends string>(fields: readonly F[], base: Partial<Record<F, unknown>>, mine: Partial<Record<F, unknown>>): F[] {
  return fields.filter((field) => field in mine && !sameValue(base[field], mine[field]));
}

/** Only what changed, as updateInstitution's patch. */
export function buildPatch(base: InstitutionValues, mine: InstitutionValues): InstitutionPatch {
  const patch: Record<string, unknown> = {};
  for (const field of changedFields(EDITABLE_FIELDS, base, mine)) patch[field] = mine[field];
  return patch as InstitutionPatch;
}
