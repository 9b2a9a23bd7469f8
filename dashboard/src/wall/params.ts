import { cityFromSearch, DEFAULT_CITY, tokenFromSearch } from '../shared/wall-address';
import { type Lang, wallLang } from './i18n';
import type { LayoutChoice } from './stage-frame';

const MIN_ROTATION_SECONDS = 10;

export interface PageParams {
  city: string;
  lang: Lang;
  /** A screen token or access token for the socket (`?token=`), or null. */
  token: string | null;
  /** Cities to cycle through (`?rotate=421000,320700`), empty for none. */
  rotate: string[];
  /** Seconds per view (`&every=60`). */
  every: number;
  /** Also focus each district of the city in turn (`&districts=1`). */
  districts: boolean;
  /** What colours the map and orders the ranking (`?metric=per1000` for slots per 1,000 residents). */
  metric: 'slots' | 'slotsPer1000';
  /** The stage: `?layout=wide` or `?layout=standard` (1920×1080); by default it follows the window's shape. */
  layout: LayoutChoice;
}

/** `wide` and `standard` are taken as they are; anything else (or nothing) is `auto`. */
export function layoutFromParam(value: string | null): LayoutChoice {
  const name = value?.trim().toLowerCase();
  return name === 'wide' || name === 'standard' ? name : 'auto';
}

/** `?city=421000&lang=en&token=…&rotate=421000,320700&every=60&districts=1&layout=wide`. */
export function readPageParams(search: string): PageParams {
  const query = new URLSearchParams(search);
  const rotate = (query.get('rotate') ?? '').split(',').map((c) => c.trim()).filter((c) => /^\d{6}$/.test(c));
  const every = Number(query.get('every'));
  return {
    city: cityFromSearch(search) ?? rotate[0] ?? DEFAULT_CITY,
    lang: wallLang(search),
    token: tokenFromSearch(search),
    rotate,
    // A faster rotation than the documented minimum is held to it; none, or nonsense, is a minute.
    every: Number.isFinite(every) && every > 0 ? Math.max(MIN_ROTATION_SECONDS, every) : 60,
    districts: query.get('districts') === '1',
    metric: query.get('metric') === 'per1000' ? 'slotsPer1000' : 'slots',
    layout: layoutFromParam(query.get('layout')),
  };
}
