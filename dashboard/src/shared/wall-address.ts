/**
 * The wall's address, as the staff pages hand it to a screen (with its token) and as the
 * wall and GraphiQL read it: `/?city=421000&token=cbd_…`.
 */

/** The city a page shows when its address names none: 荆州市. */
export const DEFAULT_CITY = '421000';

/** The city the address names (`?city=`), or null. */
export function cityFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('city')?.trim() || null;
}

/** The screen token the address carries (`?token=`), or null. */
export function tokenFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('token')?.trim() || null;
}

/** The address a wall screen opens with its token on this server. Built with URL, so a token is always encoded the same way. */
export function wallUrl(origin: string, cityCode: string, token: string): string {
  const url = new URL('/', origin);
  url.searchParams.set('city', cityCode);
  url.searchParams.set('token', token);
  return url.toString();
}
