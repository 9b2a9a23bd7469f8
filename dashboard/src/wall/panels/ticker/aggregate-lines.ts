/**
 * The feed of a wall without a screen token: the city's aggregate changes, which name no
 * institution (districts and the city's own figures only), told from one overview to the
 * next, under a summary of where the city stands. Everything comes from the anonymous
 * cityOverview subscription the wall already has.
 */
import { clockTime } from '../../../shared/format/datetime';
import type { WallDistrict, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
import { changeText, figureText } from '../figure-format';
import { figurePeriod } from '../periods';

export interface FeedLine {
  key: string;
  text: string;
}

const DISTRICT_FIGURES: { field: 'slots' | 'institutionCount' | 'filedInstitutionCount' | 'inclusiveInstitutionCount'; zh: string; en: string }[] = [
  { field: 'slots', zh: '托位', en: 'slots' },
  { field: 'institutionCount', zh: '托育机构', en: 'institutions' },
  { field: 'filedInstitutionCount', zh: '备案机构', en: 'filed institutions' },
  { field: 'inclusiveInstitutionCount', zh: '普惠机构', en: 'inclusive institutions' },
];

function name(d: WallDistrict, lang: Lang): string {
  return inLang(lang, d.name, d.nameEn);
}

/** Where the city stands now, a line a figure, each with its unit and period. */
export function overviewSummary(overview: WallOverview, lang: Lang): FeedLine[] {
  const at = clockTime(overview.lastChangedAt ?? overview.generatedAt);
  const slotsChange = overview.slotsChange === null ? '' : inLang(lang, `，较上年同期 ${changeText(overview.slotsChange, '个', lang)}`, `, ${changeText(overview.slotsChange, '个', lang)} on a year earlier`);
  const lines = [
    inLang(lang, `全市托位 ${figureText(overview.slots, '个', lang)}${slotsChange}（实时）`, `City: ${figureText(overview.slots, '个', lang)} slots${slotsChange} (live)`),
    inLang(lang, `每千人口托位数 ${figureText(overview.slotsPer1000, '个/千人', lang)}（实时）`, `Slots per 1,000 residents: ${figureText(overview.slotsPer1000, '个/千人', lang)} (live)`),
    inLang(
      lang,
      `备案托育机构 ${figureText(overview.filedInstitutionCount, '个', lang)}，普惠托育机构 ${figureText(overview.inclusiveInstitutionCount, '个', lang)}（实时）`,
      `${figureText(overview.filedInstitutionCount, '个', lang)} filed and ${figureText(overview.inclusiveInstitutionCount, '个', lang)} inclusive institutions (live)`,
    ),
  ];
  for (const key of ['elderly_care_beds', 'community_care_centres', 'meal_assistance_points']) {
    const card = overview.indicators.find((i) => i.key === key);
    if (!card || card.value === null) continue;
    lines.push(inLang(lang, `${card.nameZh} ${figureText(card.value, card.unit, lang)}（${figurePeriod(card, lang)}）`, `${card.nameEn}: ${figureText(card.value, card.unit, lang)} (${figurePeriod(card, lang)})`));
  }
  return lines.map((text, i) => ({ key: `summary-${i}`, text: inLang(lang, `截至 ${at} ${text}`, `As of ${at} ${text}`) }));
}

/** What changed from `before` to `after` (the same city): per district and per recorded city figure. */
export function aggregateChanges(before: WallOverview, after: WallOverview, lang: Lang): FeedLine[] {
  if (before.code !== after.code) return [];
  const at = clockTime(after.generatedAt);
  const lines: FeedLine[] = [];
  const old = new Map(before.districts.map((d) => [d.code, d]));
  for (const d of after.districts) {
    const was = old.get(d.code);
    if (!was) continue;
    for (const f of DISTRICT_FIGURES) {
      const change = d[f.field] - was[f.field];
      if (change === 0) continue;
      const total = f.field === 'slots' ? inLang(lang, `（全市 ${figureText(after.slots, '个', lang)}）`, ` (city ${figureText(after.slots, '个', lang)})`) : '';
      const text = inLang(lang, `${at} ${name(d, lang)} ${f.zh} ${changeText(change, '个', lang)}${total}`, `${at} ${name(d, lang)}: ${f.en} ${changeText(change, '个', lang)}${total}`);
      lines.push({ key: `${after.generatedAt}-${d.code}-${f.field}`, text });
    }
  }
  const cards = new Map(before.indicators.map((i) => [i.key, i]));
  for (const card of after.indicators) {
    const was = cards.get(card.key);
    if (card.live || !was || was.value === card.value || card.value === null) continue;
    const text = inLang(
      lang,
      `${at} ${card.nameZh} ${figureText(was.value, card.unit, lang)} → ${figureText(card.value, card.unit, lang)}（${figurePeriod(card, lang)}）`,
      `${at} ${card.nameEn}: ${figureText(was.value, card.unit, lang)} → ${figureText(card.value, card.unit, lang)} (${figurePeriod(card, lang)})`,
    );
    lines.push({ key: `${after.generatedAt}-${card.key}`, text });
  }
  return lines;
}

/** Newest first, at most `max`. */
export function mergeFeed(current: readonly FeedLine[], incoming: readonly FeedLine[], max = 30): FeedLine[] {
  return [...incoming, ...current].slice(0, Math.max(0, max));
}
