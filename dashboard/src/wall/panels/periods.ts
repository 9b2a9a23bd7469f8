/** The period a figure is for, as the wall names it: "实时", "2026年第三季度", "2026年11月", "2026年". */
import type { Lang } from '../i18n';
import { inLang } from './chart-base';

const QUARTERS_ZH = ['一', '二', '三', '四'];

export type Frequency = 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/** `period`: the ISO date of the period's first day. */
export function periodName(period: string, frequency: Frequency, lang: Lang): string {
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7));
  if (frequency === 'YEARLY') return inLang(lang, `${year}年`, year);
  if (frequency === 'QUARTERLY') {
    const quarter = Math.floor((month - 1) / 3);
    return inLang(lang, `${year}年第${QUARTERS_ZH[quarter]}季度`, `Q${quarter + 1} ${year}`);
  }
  const monthEn = new Date(Date.UTC(Number(year), month - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return inLang(lang, `${year}年${month}月`, `${monthEn} ${year}`);
}

/** A figure's period line: live counts say so; recorded ones name their period; none is a dash. */
export function figurePeriod(figure: { live: boolean; period: string | null; frequency: Frequency }, lang: Lang): string {
  if (figure.live) return inLang(lang, '实时', 'live');
  return figure.period === null ? '—' : periodName(figure.period, figure.frequency, lang);
}
