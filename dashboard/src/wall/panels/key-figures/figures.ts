/** The key-figure tiles (托位总数, 每千人口托位数, …) as plain data; the tile draws and rolls them. */
import { MISSING, formatRatio, formatWan } from '../../../shared/format/number';
import type { WallIndicator, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
import { changeText, decimalsFor, unitIn, figureText as withUnit } from '../figure-format';
import { figurePeriod } from '../periods';
import { latestSlotsTarget } from '../slots-target';

// The tween lives beside the figures; re-exported so a tile imports one module.
export { easeOutCubic, rollingValue } from './rolling-value';

export type KeyFigureId =
  | 'slots'
  | 'slotsPer1000'
  | 'filedInstitutions'
  | 'inclusiveInstitutions'
  | 'childrenUnder3'
  | 'bedsPer1000Elderly';

export interface KeyFigure {
  id: KeyFigureId;
  label: string;
  value: number | null;
  /** Shown after the number, in either language ("个/千人", "per 1,000"). */
  unit: string;
  /** Decimals shown, fixed, so a rolling number keeps its width (the unit's precision everywhere). */
  decimals: number;
  /** 'wan' writes large counts in 万 ("11.2万"), as Chinese reports do; English always writes them in full. */
  notation: 'plain' | 'wan';
  /** The change on a year earlier with its unit ("较上年同期 +2,860 个"); null where no year-ago figure exists. */
  delta: { text: string; down: boolean; label: string } | null;
  /** The per-1,000 tile's target line, the same in every city: "目标 4.50 个/千人（2025年）" or "未设目标". */
  target?: string;
  /** The period the value is for ("实时", "2026年第三季度"); null where the API gives none. */
  period: string | null;
}

/** The figure's number (without unit) for `value`, by default its own: a rolling tile passes the value of the moment. */
export function figureText(figure: KeyFigure, value: number | null = figure.value): string {
  if (value === null) return MISSING;
  return figure.notation === 'wan' ? formatWan(value) : formatRatio(value, figure.decimals);
}

interface Source {
  id: KeyFigureId;
  indicator: string;
  fallback: { label: [string, string]; value: number | null; unit: string };
  /** English unit of a count, which the catalogue leaves unnamed. */
  unitEn?: string;
}

function tile(overview: WallOverview, lang: Lang, source: Source): KeyFigure {
  const indicator: WallIndicator | undefined = overview.indicators.find((i) => i.key === source.indicator);
  const unit = indicator?.unit ?? source.fallback.unit;
  const value = indicator?.value ?? source.fallback.value;
  const yearAgo = indicator?.yearAgoValue ?? null;
  const change = value === null || yearAgo === null ? null : value - yearAgo;
  const shownUnit = unitIn(lang, unit) || (lang === 'en' ? (source.unitEn ?? '') : '');
  return {
    id: source.id,
    label: indicator ? inLang(lang, indicator.nameZh, indicator.nameEn) : inLang(lang, ...source.fallback.label),
    value,
    unit: shownUnit,
    decimals: decimalsFor(unit),
    notation: 'plain',
    delta: { text: changeText(change, unit, lang), down: change !== null && change < 0, label: inLang(lang, '较上年同期', 'vs a year earlier') },
    period: indicator ? figurePeriod(indicator, lang) : inLang(lang, '实时', 'live'),
  };
}

export function keyFigures(overview: WallOverview, lang: Lang): KeyFigure[] {
  const slots = tile(overview, lang, { id: 'slots', indicator: '', fallback: { label: ['托位总数', 'Childcare slots'], value: overview.slots, unit: '个' }, unitEn: 'slots' });
  slots.delta = { label: inLang(lang, '较上年同期', 'vs a year earlier'), text: changeText(overview.slotsChange, '个', lang), down: (overview.slotsChange ?? 0) < 0 };
  const perThousand = tile(overview, lang, { id: 'slotsPer1000', indicator: 'slots_per_1000', fallback: { label: ['每千人口托位数', 'Slots per 1,000 residents'], value: overview.slotsPer1000, unit: '个/千人' } });
  const target = latestSlotsTarget(overview.targets, 'PER_1000');
  perThousand.target = target
    ? inLang(lang, `目标 ${withUnit(target.targetValue, '个/千人', lang)}（${target.deadline.slice(0, 4)}年）`, `Target ${withUnit(target.targetValue, '个/千人', lang)} by ${target.deadline.slice(0, 4)}`)
    : inLang(lang, '未设千人口托位目标', 'No per-1,000 target set');
  const children: KeyFigure = {
    id: 'childrenUnder3',
    label: inLang(lang, '3岁以下婴幼儿', 'Children under 3'),
    value: overview.childrenUnder3,
    unit: inLang(lang, '人', 'children'),
    decimals: 0,
    notation: inLang(lang, 'wan', 'plain'),
    delta: null,
    period: null,
  };
  return [
    slots,
    perThousand,
    tile(overview, lang, { id: 'filedInstitutions', indicator: 'filed_institutions', fallback: { label: ['备案机构', 'Filed institutions'], value: overview.filedInstitutionCount, unit: '个' }, unitEn: 'institutions' }),
    tile(overview, lang, { id: 'inclusiveInstitutions', indicator: 'inclusive_institutions', fallback: { label: ['普惠机构', 'Inclusive institutions'], value: overview.inclusiveInstitutionCount, unit: '个' }, unitEn: 'institutions' }),
    children,
    tile(overview, lang, { id: 'bedsPer1000Elderly', indicator: 'beds_per_1000_elderly', fallback: { label: ['每千名老年人养老床位数', 'Beds per 1,000 aged 60+'], value: overview.bedsPer1000Elderly, unit: '张/千人' } }),
  ];
}
