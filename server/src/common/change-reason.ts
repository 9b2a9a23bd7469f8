import { BadUserInputError } from './errors.js';

export const MAX_REASON_LENGTH = 500;

/** The optional reason a staff member gives for a change: trimmed, bounded, null when blank. */
export function cleanReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw new BadUserInputError(`变更原因不超过 ${MAX_REASON_LENGTH} 个字 / reason is limited to ${MAX_REASON_LENGTH} characters`, { field: 'reason' });
  }
  return trimmed || null;
}
