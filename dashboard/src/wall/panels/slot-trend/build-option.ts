/** The slots trend: monthly slots as an area line, this month's live figure marked, the target level dashed. */
import type { EChartsOption } from 'echarts';
import { formatCount, formatWan } from '../../../shared/format/number';
import type { TrendPoint, WallOverview } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { chartBase, inLang, itemsSentence, tooltipBox } from '../chart-base';
import { latestSlotsTarget } from '../slots-target';
import { type WallTheme, darkTheme } from '../theme';

/**
 * The number of slots the city's running slots target aims at: the slots target with the
 * latest deadline, read as a level of slots. INCREASE adds to its baseline; LEVEL is the level
 * itself; PER_1000 is a rate, turned into slots with the city's population. Null without one.
 */
export function targetLevelFor(overview: WallOverview): number | null {
  const target = latestSlotsTarget(overview.targets);
  if (!target) return null;
  switch (target.kind) {
    case 'INCREASE':
      return target.baseline + target.targetValue;
    case 'LEVEL':
      return target.targetValue;
    case 'PER_1000':
      return (target.targetValue * overview.population) / 1000;
    // A share of townships, not a number of slots.
    case 'COVERAGE':
      return null;
  }
}

/** "2022-01" from the period's ISO date "2022-01-01". */
export function monthOf(period: string): string {
  return period.slice(0, 7);
}

/** Slots as the trend writes them: in 万 in Chinese ("2.07万"), in full in English. */
function slotsText(value: number, lang: Lang, unit = ''): string {
  return inLang(lang, formatWan(value, unit), formatCount(value));
}

/**
 * The axis' decimals in 万 for the figures' spread, the same for every label of the axis
 * (not "1.8万" beside "9,000"): steps of a 万 or more need none, of a thousand one, less two.
 */
export function wanDecimals(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const step = (Math.max(...values) - Math.min(...values)) / 4;
  return step >= 10_000 ? 0 : step >= 1_000 ? 1 : 2;
}

/** An axis label in 万 at fixed decimals: 9,000 is "0.9万" beside "1.8万". */
export function wanAxisLabel(value: number, decimals: number): string {
  return `${Number((value / 10_000).toFixed(decimals))}万`;
}

export function buildTrendOption(
  points: readonly TrendPoint[],
  targetLevel: number | null,
  lang: Lang,
  theme: WallTheme = darkTheme,
): EChartsOption {
  const liveName = inLang(lang, '实时', 'live');
  const decimals = wanDecimals([...points.map((p) => p.value), ...(targetLevel === null ? [] : [targetLevel])]);
  const targetText = targetLevel === null ? null : inLang(lang, `目标 ${slotsText(targetLevel, lang, '个')}`, `Target ${slotsText(targetLevel, lang)}`);
  const items = points.map((p) => {
    const value = inLang(lang, formatCount(p.value, '个'), formatCount(p.value));
    return `${monthOf(p.period)} ${value}${p.live ? inLang(lang, `（${liveName}）`, ` (${liveName})`) : ''}`;
  });
  const sentence = itemsSentence(lang, inLang(lang, '托位数月度走势', 'Childcare slots by month'), items);
  const description = targetText === null ? sentence : `${sentence}${inLang(lang, '', ' ')}${targetText}${inLang(lang, '。', '.')}`;

  return {
    ...chartBase(theme, description),
    // Room on the right for the live point's label ("实时 14,826").
    grid: { left: 16, right: 96, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { ...tooltipBox(theme), trigger: 'axis' },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => monthOf(p.period)),
      axisLabel: { color: theme.textMuted, fontSize: theme.fontSize.axis },
      axisLine: { lineStyle: { color: theme.gridLine } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      // The scale reaches the target even when the slots are still far below it. Zero when
      // there is none, so a live update that drops the target also drops the stretch.
      dataMax: targetLevel ?? 0,
      // Not from zero: the slots' growth is the story, and a line from zero looks flat.
      scale: true,
      axisLabel: { color: theme.textMuted, fontSize: theme.fontSize.axis, formatter: (value: number) => inLang(lang, wanAxisLabel(value, decimals), formatCount(value)) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    series: [
      {
        type: 'line',
        name: inLang(lang, '托位数', 'Childcare slots'),
        smooth: true,
        symbol: 'circle',
        symbolSize: 6,
        // Every symbol drawn: ECharts would otherwise thin them out and could drop the live one.
        showAllSymbol: true,
        lineStyle: { color: theme.accent, width: 3 },
        itemStyle: { color: theme.accent },
        areaStyle: {
          color: {
            type: 'linear', x: 0, y: 0, x2: 0, y2: 1,
            colorStops: [{ offset: 0, color: 'rgba(34,211,238,0.35)' }, { offset: 1, color: 'rgba(34,211,238,0)' }],
          },
        },
        data: points.map((p) =>
          p.live
            ? {
                value: p.value,
                symbol: 'diamond',
                symbolSize: 22,
                itemStyle: { color: theme.warn, borderColor: theme.text, borderWidth: 2, shadowBlur: 18, shadowColor: theme.warn },
                // Above the point and ending at it: the live month is the plot's right edge, so a centred label ran past the chart.
                label: { show: true, position: 'top', align: 'right', offset: [11, 0], distance: 12, color: theme.warn, fontSize: theme.fontSize.label, formatter: `${liveName} ${inLang(lang, formatCount(p.value, '个'), formatCount(p.value))}` },
              }
            : p.value,
        ),
        // Always given, empty without a target: setOption merges, so a line left out would stay on screen.
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.warn, type: 'dashed', width: 2 },
          // At the line's start, far from the live label at its end (they met when the live figure neared the target).
          label: { position: 'insideStartTop', color: theme.warn, fontSize: theme.fontSize.axis, formatter: targetText ?? '' },
          data: targetLevel === null ? [] : [{ yAxis: targetLevel }],
        },
      },
    ],
  };
}
