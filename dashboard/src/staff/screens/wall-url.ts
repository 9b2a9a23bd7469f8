/**
 * The address a wall screen opens with its token: `/?city=421000&token=cbd_…` on this
 * server. Built with URL, so a token is always encoded the same way.
 */
export function wallUrl(origin: string, cityCode: string, token: string): string {
  const url = new URL('/', origin);
  url.searchParams.set('city', cityCode);
  url.searchParams.set('token', token);
  return url.toString();
}
