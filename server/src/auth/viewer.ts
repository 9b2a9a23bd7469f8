import { Role } from './role.enums.js';

/** Who is asking: a signed-in user or a wall screen's device token. Null means anonymous. */
export interface Viewer {
  kind: 'USER' | 'DISPLAY';
  /** The user's id, or the display token's id. */
  id: number;
  name: string;
  role: Role;
  /** The city the viewer belongs to; null for an analyst, who reads every city. */
  cityId: number | null;
  /** Districts a STAFF account may edit. */
  districtIds: readonly number[];
  /** When the credential expires (access tokens); device tokens have none. */
  expiresAt?: Date;
}
