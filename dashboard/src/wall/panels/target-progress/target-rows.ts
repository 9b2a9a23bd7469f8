/**
 * What each target row says, as plain data: its title in the wall's language broken into lines
 * that fit the label column (never a lone "个" on a line), its way from the baseline through
 * now to the target ("35.5 → 37.0 → 40.0 张/千人"), and whether it is running, met or missed.
 */
import { formatPercent } from '../../../shared/format/number';
import type { WallIndicator, WallTarget } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';
import { figureNumber, figureText } from '../figure-format';

export type TargetState = 'running' | 'met' | 'missed';

export interface TargetRow {
  title: string;
  lines: string[];
  /** baseline → now → target, with the unit once: what the bar's percent is measured on. */
  path: string;
  /** The same, spelled out for the aria sentence: "基数 35.5 张/千人 → 当前 37.0 张/千人 → 目标 40.0 张/千人". */
  pathSpoken: string;
  state: TargetState;
  /** Under the percent: the 序时进度 of a running target ("序时93%"), else "已完成" / "未完成". */
  stateText: string;
}

/** Approximate width of a text in font sizes: CJK one, Latin letters and digits about half. */
export function textUnits(text: string): number {
  let units = 0;
  for (const c of text) units += /[\u2e80-\uffff]/.test(c) ? 1 : c === ' ' ? 0.3 : 0.58;
  return units;
}

/**
 * The title in lines of at most `maxUnits`: whole when it fits; else broken at the most natural
 * place (after the year, before 达到/新增, at a space) that fits, never leaving fewer than three
 * characters on the last line.
 */
export function breakTitle(title: string, maxUnits: number): string[] {
  if (textUnits(title) <= maxUnits) return [title];
  const chars = [...title];
  const candidates: number[] = [];
  chars.forEach((c, i) => {
    if (i === 0 || i >= chars.length - 2) return;
    const rest = chars.slice(i).join('');
    if (chars[i - 1] === '年' || c === ' ' || rest.startsWith('达到') || rest.startsWith('新增') || rest.startsWith('提高')) candidates.push(i);
  });
  const fits = (i: number) => textUnits(chars.slice(0, i).join('').trimEnd()) <= maxUnits && textUnits(chars.slice(i).join('').trim()) <= maxUnits;
  const natural = candidates.filter(fits).sort((a, b) => Math.abs(chars.length / 2 - a) - Math.abs(chars.length / 2 - b))[0];
  let at = natural;
  if (at === undefined) {
    at = chars.length - 3;
    while (at > 1 && textUnits(chars.slice(0, at).join('')) > maxUnits) at -= 1;
  }
  return [chars.slice(0, at).join('').trimEnd(), chars.slice(at).join('').trim()];
}

const ENGLISH_MEASURES: Record<string, string> = {
  childcare_slots: 'childcare slots',
  slots_per_1000: 'slots per 1,000 residents',
  beds_per_1000_elderly: 'beds per 1,000 aged 60+',
  meal_assistance_points: 'meal-assistance points',
  elderly_care_beds: 'elderly-care beds',
};

/** The API gives targets a Chinese title only: an English one from what the target is. */
export function englishTitle(target: WallTarget, indicators: readonly WallIndicator[]): string {
  const year = target.deadline.slice(0, 4);
  const key = target.kind === 'PER_1000' ? 'slots_per_1000' : target.indicatorKey;
  const measure = ENGLISH_MEASURES[key] ?? indicators.find((i) => i.key === target.indicatorKey)?.nameEn.toLowerCase() ?? target.indicatorKey;
  const amount = figureNumber(target.targetValue, target.unit);
  return target.kind === 'INCREASE' ? `${year}: ${amount} more ${measure}` : `${year}: ${measure} up to ${amount}`;
}

export function targetState(target: WallTarget, today: string): TargetState {
  if (target.deadline >= today) return 'running';
  return target.progress !== null && target.progress >= 1 ? 'met' : 'missed';
}

export function targetRow(target: WallTarget, lang: Lang, today: string, indicators: readonly WallIndicator[], maxUnits: number): TargetRow {
  const title = inLang(lang, target.title, englishTitle(target, indicators));
  const state = targetState(target, today);
  const unit = target.unit;
  const now = target.currentValue;
  let path: string;
  let pathSpoken: string;
  if (target.kind === 'INCREASE') {
    const gained = now === null ? null : now - target.baseline;
    path = inLang(lang, `新增 ${figureNumber(gained, unit)} / 目标 ${figureText(target.targetValue, unit, lang)}`, `+${figureNumber(gained, unit)} of ${figureText(target.targetValue, unit, lang)}`);
    pathSpoken = inLang(lang, `基数 ${figureText(target.baseline, unit, lang)}，已新增 ${figureText(gained, unit, lang)}，目标新增 ${figureText(target.targetValue, unit, lang)}`, `baseline ${figureText(target.baseline, unit, lang)}, ${figureText(gained, unit, lang)} added of ${figureText(target.targetValue, unit, lang)}`);
  } else {
    path = `${figureNumber(target.baseline, unit)} → ${figureNumber(now, unit)} → ${figureText(target.targetValue, unit, lang)}`;
    pathSpoken = inLang(lang, `基数 ${figureText(target.baseline, unit, lang)} → 当前 ${figureText(now, unit, lang)} → 目标 ${figureText(target.targetValue, unit, lang)}`, `baseline ${figureText(target.baseline, unit, lang)} → now ${figureText(now, unit, lang)} → target ${figureText(target.targetValue, unit, lang)}`);
  }
  const stateText = { running: elapsedLabel(target.expectedProgress, lang), met: inLang(lang, '已完成', 'met'), missed: inLang(lang, '未完成', 'missed') }[state];
  return { title, lines: breakTitle(title, maxUnits), path: state === 'running' ? path : inLang(lang, `已到期 · ${path}`, `Ended · ${path}`), pathSpoken, state, stateText };
}

/** "序时 93%": the 序时进度 marker's own label. */
export function elapsedLabel(expected: number, lang: Lang): string {
  return inLang(lang, `序时${formatPercent(expected, 0)}`, `time ${formatPercent(expected, 0)}`);
}
