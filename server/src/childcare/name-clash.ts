import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError } from '../common/errors.js';

/** Whether a write failed on the one-open-name-per-district index. */
export function isOpenNameClash(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException && error.message.includes('institution_open_name_unique');
}

export function openNameConflict(field: string): ConflictError {
  return new ConflictError('本区县已有同名的在办机构 / The district already has an open institution of that name', { field });
}
