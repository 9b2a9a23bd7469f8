/**
 * One unit and one precision per kind of figure, wherever the wall shows it (key figures,
 * 一老一小 cards, targets, legends): "2.83 个/千人" on the tile, the card and the target alike.
 */
import { MISSING, formatRatio } from '../../shared/format/number';
import type { Lang } from '../i18n';

/** Decimals shown for a unit: rates per 1,000 as officials publish them; counts whole. */
const DECIMALS: Record<string, number> = {
  '个/千人': 2,
  '张/千人': 1,
};

/** English for the catalogue's Chinese units; counts name what they count. */
const ENGLISH_UNITS: Record<string, string> = {
  '个': '',
  '人': 'people',
  '张': 'beds',
  '万元': '× 10k yuan',
  '个/千人': 'per 1,000',
  '张/千人': 'per 1,000 aged 60+',
};

export function decimalsFor(unit: string): number {
  return DECIMALS[unit] ?? 0;
}

/** The unit in the wall's language (an English one where the catalogue's has one). */
export function unitIn(lang: Lang, unit: string): string {
  return lang === 'en' ? (ENGLISH_UNITS[unit] ?? unit) : unit;
}

/** The number alone, at the unit's precision: "2.83", "35.5", "14,826". */
export function figureNumber(value: number | null | undefined, unit: string): string {
  return formatRatio(value, decimalsFor(unit));
}

/** The number with its unit: "2.83 个/千人", "36,000 张"; in English "36,000 beds". */
export function figureText(value: number | null | undefined, unit: string, lang: Lang): string {
  const number = figureNumber(value, unit);
  if (number === MISSING) return MISSING;
  const shown = unitIn(lang, unit);
  return shown === '' ? number : `${number} ${shown}`;
}

/** A change with its sign, at the unit's precision: "+2,860 个", "−0.12 个/千人", "0 个". */
export function changeText(change: number | null | undefined, unit: string, lang: Lang): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return MISSING;
  const decimals = decimalsFor(unit);
  const rounded = Number(change.toFixed(decimals));
  const text = figureText(Math.abs(rounded), unit, lang);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : figureText(0, unit, lang);
}
