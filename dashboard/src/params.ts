import { type Lang, langFromSearch } from './i18n';

/** The city shown when the URL names none (421000). */
export const DEFAULT_CITY = '421000';

export type PageParams = { city: string; lang: Lang };

/** `?city=421000&lang=en` → which city to show and in which language. */
export function readPageParams(search: string): PageParams {
  const city = new URLSearchParams(search).get('city')?.trim();
  return { city: city || DEFAULT_CITY, lang: langFromSearch(search) };
}
