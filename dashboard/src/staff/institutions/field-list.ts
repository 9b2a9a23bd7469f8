// The institution's field list (names, labels, limits, choice words) is written once, in the
// server's childcare/institution.fields.ts, which the seed data, the CSV import and the export
// read; the staff pages take it from there through this module, the one place in the dashboard
// that imports server code (ESLint). Why there and not in a folder of its own: the server
// compiles server/src alone (rootDir src, dist/ mirrors it), so a file outside it would change
// the server's build, while the dashboard's bundler and type checker read any file. That file
// imports types only (ESLint holds it to that), so the page bundles plain data: its
// `import type … from './institution.enums.js'` is erased, and TypeScript's Bundler resolution
// finds the .ts behind the .js for the types.
import type { Lang } from '../i18n';
import { INSTITUTION_FIELDS, institutionField, type InstitutionFieldKey, type Word } from '../../../../server/src/childcare/institution.fields';

export { AGE_CLASS_WORDS, DEMONSTRATION_WORDS, INSTITUTION_FIELDS, MAX_SLOTS, OWNERSHIP_WORDS, PILOT_WORDS } from '../../../../server/src/childcare/institution.fields';
export type { InstitutionField, InstitutionFieldKey, Word, Words } from '../../../../server/src/childcare/institution.fields';
export { institutionField };

/**
 * A field's label: 托位数（个） / Slots, the unit in Chinese only (English shows none).
 * `{ unit: false }` leaves it out, for a table whose cells carry it ("1,280 个").
 */
export function institutionLabel(lang: Lang, key: InstitutionFieldKey, { unit = true }: { unit?: boolean } = {}): string {
  const field = institutionField(key);
  if (lang === 'en') return field.enLabel;
  return unit && field.unit ? `${field.zh}（${field.unit}）` : field.zh;
}

/** A count's unit in the pages' figures ("1,280 个"), none in English. */
export function institutionUnit(lang: Lang, key: InstitutionFieldKey): string {
  return lang === 'en' ? '' : (institutionField(key).unit ?? '');
}

/** A choice's label: 公办 / Public; an age class with its ages, 乳儿班（6-12个月） / Infants (6-12 months). */
export function wordLabel(lang: Lang, word: Word): string {
  if (lang === 'en') return word.ages ? `${word.enLabel} (${word.ages.en})` : word.enLabel;
  return word.ages ? `${word.zh}（${word.ages.zh}）` : word.zh;
}

/** Whether a name (of the audit trail, a conflict's snapshot) is one of the list's fields. */
export function isInstitutionFieldKey(name: string): name is InstitutionFieldKey {
  return INSTITUTION_FIELDS.some((f) => f.key === name);
}
