/** The 一小 (childcare) and 一老 (elderly care) indicator columns, as data for DOM cards. */
import { MISSING, formatPercent } from '../../../shared/format/number';
import type { IndicatorCategory, WallIndicator, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
import { figureText } from '../figure-format';
import { figurePeriod } from '../periods';

export { unitIn } from '../figure-format';

export interface IndicatorCard {
  key: string;
  name: string;
  /** The value with its unit: "14,826 个"; "—" when unknown. */
  value: string;
  /** Change on a year ago: "▲ 23.9%", "▼ 1.2%", "0%", or "—" when it cannot be computed. */
  change: string;
  /** Whether the change is good news (higherIsBetter decides); null for no change or no figure. */
  good: boolean | null;
  /** The period the value is for: "实时" (counted now) or "2026年第三季度". */
  period: string;
}

export interface IndicatorColumn {
  category: IndicatorCategory;
  title: string;
  cards: IndicatorCard[];
}

/** The relative change from a year ago, or null when either figure is missing or the old one is zero. */
export function yearOnYear(value: number | null, yearAgo: number | null): number | null {
  if (value === null || yearAgo === null || yearAgo === 0) return null;
  return (value - yearAgo) / Math.abs(yearAgo);
}

export function changeText(change: number | null): string {
  if (change === null) return MISSING;
  if (change === 0) return formatPercent(0);
  return `${change > 0 ? '▲' : '▼'} ${formatPercent(Math.abs(change))}`;
}

function card(indicator: WallIndicator, lang: Lang): IndicatorCard {
  const change = yearOnYear(indicator.value, indicator.yearAgoValue);
  return {
    key: indicator.key,
    name: inLang(lang, indicator.nameZh, indicator.nameEn),
    value: figureText(indicator.value, indicator.unit, lang),
    change: changeText(change),
    good: change === null || change === 0 ? null : change > 0 === indicator.higherIsBetter,
    period: figurePeriod(indicator, lang),
  };
}

/** A wall has room for this many cards a side: the ones with a figure come first, in catalogue order. */
export const CARDS_PER_SIDE = 4;

export function indicatorCards(overview: WallOverview, lang: Lang, perSide = CARDS_PER_SIDE): IndicatorColumn[] {
  const column = (category: IndicatorCategory, title: string): IndicatorColumn => {
    const side = overview.indicators.filter((i) => i.category === category);
    const shown = [...side.filter((i) => i.value !== null), ...side.filter((i) => i.value === null)].slice(0, perSide);
    return { category, title, cards: shown.map((i) => card(i, lang)) };
  };
  return [
    column('YOUNG', inLang(lang, '一小 · 托育', 'Childcare (under 3)')),
    column('OLD', inLang(lang, '一老 · 养老', 'Elderly care')),
  ];
}
