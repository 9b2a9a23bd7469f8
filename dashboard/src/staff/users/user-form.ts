import { sameValue } from '../institutions/institution-form';
import type { Role, User } from '../graphql/types';

/** Roles an account can have (DISPLAY is for screen tokens, never a person). */
export const USER_ROLES: Role[] = ['STAFF', 'CITY_ADMIN', 'LEADER', 'ANALYST'];

export interface UserDraft {
  displayName: string;
  role: Role;
  districtCodes: string[];
  disabled: boolean;
  /** A new password, or '' to keep the current one. */
  password: string;
}

export function userDraft(user: User): UserDraft {
  return { displayName: user.displayName, role: user.role, districtCodes: [...user.districtCodes], disabled: user.disabled, password: '' };
}

/**
 * updateUser's patch: only what changed. Districts count for staff only: another role
 * sends none, and a change of role to staff sends the districts chosen.
 */
export function userPatch(user: User, draft: UserDraft): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (draft.displayName.trim() !== user.displayName) patch.displayName = draft.displayName.trim();
  if (draft.role !== user.role) patch.role = draft.role;
  if (draft.disabled !== user.disabled) patch.disabled = draft.disabled;
  if (draft.password !== '') patch.password = draft.password;
  const districts = draft.role === 'STAFF' ? draft.districtCodes : [];
  if (!sameValue(districts, user.districtCodes)) patch.districtCodes = districts;
  return patch;
}
