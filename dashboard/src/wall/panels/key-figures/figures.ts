/** The key-figure tiles (托位总数, 每千人口托位数, …) as plain data; the tile draws and rolls them. */
import { MISSING, formatRatio, formatWan } from '../../../shared/format/number';
import type { WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
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
  /** Shown after the number; empty in English, where the label already says what is counted. */
  unit: string;
  /** Decimals shown, fixed, so a rolling number keeps its width. */
  decimals: number;
  /** 'wan' writes large counts in 万 ("11.2万"), as Chinese reports do; English always writes them in full. */
  notation: 'plain' | 'wan';
  delta?: { value: number; label: string };
  /** The per-1,000 target the city aims at (e.g. 4.5), when it has one. */
  target?: number;
}

/** The figure's number (without unit) for `value`, by default its own: a rolling tile passes the value of the moment. */
export function figureText(figure: KeyFigure, value: number | null = figure.value): string {
  if (value === null) return MISSING;
  return figure.notation === 'wan' ? formatWan(value) : formatRatio(value, figure.decimals);
}

export function keyFigures(overview: WallOverview, lang: Lang): KeyFigure[] {
  const unit = (zh: string) => inLang(lang, zh, '');
  const perThousandTarget = latestSlotsTarget(overview.targets, 'PER_1000');
  const slots: KeyFigure = {
    id: 'slots',
    label: inLang(lang, '托位总数', 'Childcare slots'),
    value: overview.slots,
    unit: unit('个'),
    decimals: 0,
    notation: 'plain',
  };
  if (overview.slotsChange !== null) {
    slots.delta = { value: overview.slotsChange, label: inLang(lang, '较上年同期', 'vs a year earlier') };
  }
  const perThousand: KeyFigure = {
    id: 'slotsPer1000',
    label: inLang(lang, '每千人口托位数', 'Slots per 1,000 residents'),
    value: overview.slotsPer1000,
    unit: unit('个'),
    decimals: 2,
    notation: 'plain',
  };
  if (perThousandTarget) perThousand.target = perThousandTarget.targetValue;

  return [
    slots,
    perThousand,
    {
      id: 'filedInstitutions',
      label: inLang(lang, '备案机构', 'Filed institutions'),
      value: overview.filedInstitutionCount,
      unit: unit('个'),
      decimals: 0,
      notation: 'plain',
    },
    {
      id: 'inclusiveInstitutions',
      label: inLang(lang, '普惠机构', 'Inclusive institutions'),
      value: overview.inclusiveInstitutionCount,
      unit: unit('个'),
      decimals: 0,
      notation: 'plain',
    },
    {
      id: 'childrenUnder3',
      label: inLang(lang, '3岁以下婴幼儿', 'Children under 3'),
      value: overview.childrenUnder3,
      unit: unit('人'),
      decimals: inLang(lang, 2, 0),
      notation: inLang(lang, 'wan', 'plain'),
    },
    {
      id: 'bedsPer1000Elderly',
      label: inLang(lang, '每千名老人养老床位', 'Elderly-care beds per 1,000 aged 60+'),
      value: overview.bedsPer1000Elderly,
      unit: unit('张'),
      decimals: 1,
      notation: 'plain',
    },
  ];
}
