import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../common/errors.js';
import { Role } from './role.enums.js';
import { DisplayToken } from './display-token.entity.js';
import { hashOpaqueToken, opaquePrefix } from './opaque-token.js';
import type { TokenSigner } from './tokens.js';
import type { Viewer } from './viewer.js';
import { query } from '../common/sql.js';
import type { AccountCache, AccountRow } from './account-cache.js';

/** Refusing a credential as a whole request: 401, never a partial answer. */
function refuse(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message, { httpStatus: 401 });
}

const INVALID = '凭据无效或已失效，请重新登录 / The credentials are invalid or no longer valid; sign in again';
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The viewer behind an `Authorization: Bearer …` value: an access token (JWT) of a live
 * account whose token version still matches, or a wall screen's unrevoked device token.
 * No header means anonymous; anything else that does not check out is refused.
 */
export async function authenticate(
  em: EntityManager,
  header: string | undefined,
  signer: TokenSigner,
  now = new Date(),
  accounts?: AccountCache,
): Promise<Viewer | null> {
  if (header === undefined || header === '') return null;
  const match = /^Bearer ([\x21-\x7e]{1,4096})$/.exec(header);
  if (!match) throw refuse(INVALID);
  const credential = match[1]!;

  const prefix = opaquePrefix(credential);
  if (prefix === 'cbd') return displayViewer(em, credential, now);
  if (prefix !== null) throw refuse(INVALID);

  let claims;
  try {
    claims = await signer.verify(credential);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : INVALID);
  }
  // The account as it is now, so a disabled or re-roled account takes effect at once: one
  // statement, or the cached row while the database's change announcements arrive.
  let user = accounts?.get(claims.userId);
  if (!user) {
    const since = accounts?.begin();
    [user] = await query<AccountRow>(
      em,
      `select u.display_name, u.role, u.city_id, u.disabled, u.token_version,
              coalesce(array_agg(ud.district_id order by ud.district_id) filter (where ud.district_id is not null), '{}') as district_ids
         from app_user u left join app_user_district ud on ud.user_id = u.id
        where u.id = ? group by u.id`,
      [claims.userId],
    );
    if (user && accounts && since) accounts.store(claims.userId, user, since);
  }
  if (!user || user.disabled || user.token_version !== claims.tokenVersion) throw refuse(INVALID);
  return {
    kind: 'USER',
    id: claims.userId,
    name: user.display_name,
    role: user.role as Role,
    cityId: user.city_id,
    districtIds: user.district_ids,
    expiresAt: claims.expiresAt,
  };
}


async function displayViewer(em: EntityManager, token: string, now: Date): Promise<Viewer> {
  const display = await em.findOne(DisplayToken, { tokenHash: hashOpaqueToken(token) });
  if (!display || display.revokedAt) throw refuse('大屏令牌无效或已吊销 / The screen token is invalid or revoked');
  if (!display.lastUsedAt || now.getTime() - display.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.nativeUpdate(DisplayToken, { id: display.id }, { lastUsedAt: now });
  }
  return { kind: 'DISPLAY', id: display.id, name: display.name, role: Role.DISPLAY, cityId: display.city.id, districtIds: [] };
}
