import { Cursor } from '@mikro-orm/core';
import { BadUserInputError } from '../common/errors.js';
import { MAX_ROW_ID } from '../common/ids.js';
import { textProblem } from '../common/text-rules.js';
import { InstitutionOrderField } from './institution.inputs.js';

const INT4_MIN = -2_147_483_648;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a cursor's sort value is one its column can hold: PostgreSQL would fail the statement on any other. */
function fitsColumn(field: InstitutionOrderField, value: unknown): boolean {
  if (value === null) return true;
  switch (field) {
    case InstitutionOrderField.NAME:
      return typeof value === 'string' && value.length <= 200 && textProblem(value, 'free') === null;
    case InstitutionOrderField.SLOTS:
    case InstitutionOrderField.ENROLLED:
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= MAX_ROW_ID;
    case InstitutionOrderField.OPENED_ON:
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value);
    case InstitutionOrderField.UPDATED_AT:
      return typeof value === 'string' && TIME.test(value) && isCalendarDate(value);
    default:
      return false;
  }
}

/**
 * The order values a cursor carries: [sort value, id]. A cursor is the caller's text, so
 * both are checked against what their columns hold; an edited one is BAD_USER_INPUT.
 */
export function decodeCursor(after: string, field: InstitutionOrderField): [unknown, number] {
  try {
    const decoded: unknown = Cursor.decode(after);
    if (Array.isArray(decoded) && decoded.length === 2 && Number.isInteger(decoded[1]) && decoded[1] >= 1 && decoded[1] <= MAX_ROW_ID) {
      const value: unknown = decoded[0] instanceof Date ? decoded[0].toISOString() : decoded[0];
      if (fitsColumn(field, value)) return [value, decoded[1] as number];
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError('无效的分页游标 / Invalid cursor', { field: 'after' });
}
