/**
 * Target progress: one bar per target in percent, a tick at 序时进度 (time elapsed) and a
 * line at 100%. Each figure stands in a column right of the plot (a second category axis),
 * not at its bar's end: the plot is narrow at 1920x1080, and a label at the bar's end ran
 * into the 100% line whenever the bar stopped some way short of it (77% did). The line
 * carries no label of its own: the x-axis label under it, in its colour, names it (a second
 * "100%" at the line's foot overprinted the axis labels).
 */
import type { EChartsOption } from 'echarts';
import { MISSING, formatPercent } from '../../../shared/format/number';
import type { WallTarget } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { NO_DATA, chartBase, inLang, itemsSentence } from '../chart-base';
import { type WallTheme, darkTheme } from '../theme';

/** Bars stop at 150% so one far-exceeded target does not squash the rest; the figure beside it keeps the true progress. */
export const DISPLAY_CAP_PERCENT = 150;

/** Where the dashed line stands: the target itself. */
export const TARGET_PERCENT = 100;

/** A progress of 1.43 reads "143%"; an unknown one "—". */
export function progressLabel(progress: number | null): string {
  return progress === null ? MISSING : formatPercent(progress, 0);
}

/** The bar's length in percent, capped for display. */
function barPercent(share: number): number {
  return Math.min(share * 100, DISPLAY_CAP_PERCENT);
}

function statusColour(onTrack: boolean | null, theme: WallTheme): string {
  if (onTrack === null) return theme.neutral;
  return onTrack ? theme.good : theme.warn;
}

function statusText(onTrack: boolean | null, lang: Lang): string {
  if (onTrack === null) return inLang(lang, '进度未知', 'progress unknown');
  return onTrack ? inLang(lang, '进度正常', 'on track') : inLang(lang, '进度滞后', 'behind schedule');
}

/** Target titles are Chinese in both languages: the API gives no English title. */
export function buildTargetOption(targets: readonly WallTarget[], lang: Lang, theme: WallTheme = darkTheme): EChartsOption {
  const elapsedName = inLang(lang, '序时进度', 'Time elapsed');
  const description = itemsSentence(
    lang,
    inLang(lang, '目标完成进度', 'Progress towards targets'),
    targets.map((t) =>
      inLang(
        lang,
        `${t.title} ${progressLabel(t.progress)}，序时进度 ${progressLabel(t.expectedProgress)}，${statusText(t.onTrack, lang)}`,
        `${t.title} ${progressLabel(t.progress)}, time elapsed ${progressLabel(t.expectedProgress)}, ${statusText(t.onTrack, lang)}`,
      ),
    ),
  );

  return {
    ...chartBase(theme, description),
    // The axis labels on all sides (titles left, figures right, percents below) are kept inside the chart.
    grid: { left: 16, right: 12, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      min: 0,
      max: DISPLAY_CAP_PERCENT,
      interval: 50,
      axisLabel: {
        color: theme.textMuted,
        fontSize: theme.fontSize.axis,
        formatter: (value: number) => (value === TARGET_PERCENT ? `{target|${value}%}` : `${value}%`),
        rich: { target: { color: theme.accent, fontSize: theme.fontSize.axis, fontWeight: 'bold' } },
      },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: targets.map((t) => t.title),
        axisLabel: {
          color: theme.text,
          fontSize: theme.fontSize.axis,
          lineHeight: 24,
          // Long titles ("2025年每千人口托位数达到4.5个") wrap onto a second line instead of pushing the bars aside.
          width: 260,
          overflow: 'break',
        },
        axisLine: { show: false },
        axisTick: { show: false },
      },
      {
        // The figures' column, right of the plot's 150% edge: no bar, tick or line reaches it.
        type: 'category',
        position: 'right',
        inverse: true,
        data: targets.map((t) => progressLabel(t.progress)),
        axisLabel: { color: theme.text, fontSize: theme.fontSize.label, fontWeight: 'bold', margin: 14, interval: 0 },
        axisLine: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: inLang(lang, '完成进度', 'Progress'),
        barWidth: '46%',
        data: targets.map((t) => ({
          value: t.progress === null ? NO_DATA : barPercent(t.progress),
          itemStyle: { color: statusColour(t.onTrack, theme), borderRadius: [0, 6, 6, 0] },
        })),
        // The figure is the right axis's label, in its row (see yAxis[1]), never at the bar's end.
        label: { show: false },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.accent, type: 'dashed', width: 2 },
          label: { show: false },
          emphasis: { disabled: true },
          data: [{ xAxis: TARGET_PERCENT }],
        },
      },
      {
        // 序时进度: where the target "should" be by now, a white tick across each bar.
        type: 'scatter',
        name: elapsedName,
        symbol: 'rect',
        symbolSize: [5, 34],
        z: 3,
        itemStyle: { color: theme.text },
        data: targets.map((t, index) => [barPercent(t.expectedProgress), index]),
      },
    ],
  };
}
