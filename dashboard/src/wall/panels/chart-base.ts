/** What every wall chart option shares: theme text, live-update animation and the aria summary. */
import type { Lang } from '../i18n';
import type { WallTheme } from './theme';

/** Live updates glide into place instead of jumping. */
export const UPDATE_ANIMATION_MS = 600;

/** ECharts' marker for a missing value: drawn as a gap, not as zero. */
export const NO_DATA = '-';

/** The Chinese or the English of a pair of texts. */
export function inLang<T>(lang: Lang, zh: T, en: T): T {
  return lang === 'en' ? en : zh;
}

/**
 * One sentence naming every item a chart shows, for screen readers (and for tests, which
 * read what the chart says): "各区县托位数：沙市区 2,460 个；荆州区 1,200 个。"
 */
export function itemsSentence(lang: Lang, lead: string, items: readonly string[]): string {
  if (items.length === 0) return inLang(lang, `${lead}：暂无数据。`, `${lead}: no data.`);
  return inLang(lang, `${lead}：${items.join('；')}。`, `${lead}: ${items.join('; ')}.`);
}

/** The option keys every chart sets the same way; spread first so a chart can override them. */
export function chartBase(theme: WallTheme, description: string) {
  return {
    backgroundColor: theme.background,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize.label },
    animationDurationUpdate: UPDATE_ANIMATION_MS,
    animationEasingUpdate: 'cubicOut' as const,
    aria: { enabled: true, label: { description } },
  };
}

/** The tooltip box: dark, bordered in the accent colour, text as large as the axis labels. */
export function tooltipBox(theme: WallTheme) {
  return {
    backgroundColor: 'rgba(11,20,38,0.92)',
    borderColor: theme.accent,
    textStyle: { color: theme.text, fontSize: theme.fontSize.tooltip, fontFamily: theme.fontFamily },
  };
}

/** Tooltip text goes in as HTML: names from the database must not become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
