import { changedFields, sameValue } from './institution-form';

/** One field of a conflict: its value when I opened the record, mine, and the other person's now. */
export interface ConflictRow<F extends string> {
  field: F;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  iChanged: boolean;
  theyChanged: boolean;
  /** Mine and theirs differ: the person has to look at this one. */
  differs: boolean;
}

/**
 * The fields either side changed since `base`, field by field, for the conflict table.
 * Fields nobody touched are left out; a field both set to the same value shows but does
 * not differ.
 */
export function conflictRows<F extends string>(
  fields: readonly F[],
  base: Record<F, unknown>,
  mine: Record<F, unknown>,
  theirs: Record<F, unknown>,
): ConflictRow<F>[] {
  return fields
    .map((field) => {
      const iChanged = !sameValue(base[field], mine[field]);
      const theyChanged = !sameValue(base[field], theirs[field]);
      return { field, base: base[field], mine: mine[field], theirs: theirs[field], iChanged, theyChanged, differs: !sameValue(mine[field], theirs[field]) };
    })
    .filter((row) => row.iChanged || row.theyChanged);
}

/**
 * My changes replayed on top of their version: every field I changed takes my value, every
 * other field keeps theirs. Saved with their version as expectedVersion, it is what the
 * "reapply mine" button sends.
 */
export function rebase<T extends object>(fields: readonly (keyof T & string)[], base: T, mine: T, theirs: T): T {
  const result = { ...theirs };
  const read = (record: T) => record as unknown as Partial<Record<keyof T & string, unknown>>;
  for (const field of changedFields(fields, read(base), read(mine))) result[field] = mine[field];
  return result;
}
