import type { AgeClass, DemonstrationLevel, Institution, InstitutionPatch, Ownership, PilotLevel } from '../graphql/types';

/** The editable fields of an institution, in the order the form shows them. */
export const EDITABLE_FIELDS = ['name', 'ownership', 'inclusive', 'demonstrationLevel', 'pilotLevel', 'slots', 'enrolled', 'ageClasses', 'address', 'openedOn'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type InstitutionValues = Pick<Institution, EditableField>;

/** What the form holds: numbers as typed, so a half-typed value is never lost or rewritten. */
export interface InstitutionDraft {
  name: string;
  ownership: Ownership;
  inclusive: boolean;
  demonstrationLevel: DemonstrationLevel;
  pilotLevel: PilotLevel;
  slots: string;
  enrolled: string;
  ageClasses: AgeClass[];
  address: string;
  openedOn: string;
}

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
