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
import type { WallIndicator, WallTarget } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { NO_DATA, chartBase, inLang, itemsSentence } from '../chart-base';
import { type WallTheme, darkTheme } from '../theme';
import { type TargetRow, type TargetState, targetRow } from './target-rows';

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

function statusColour(onTrack: boolean | null, state: TargetState, theme: WallTheme): string {
  // An ended target is a result, not a race against time: met or missed, dimmed.
  if (state === 'met') return 'rgba(52,211,153,0.55)';
  if (state === 'missed') return 'rgba(248,113,113,0.6)';
  if (onTrack === null) return theme.neutral;
  return onTrack ? theme.good : theme.warn;
}

/** What the chart needs besides the targets: the city's date (which targets have ended), the indicator names, its width. */
export interface TargetContext {
  today: string;
  indicators: readonly WallIndicator[];
  /** The chart's width in pixels; the title column takes about three fifths of it. */
  width: number;
}

const DEFAULT_CONTEXT: TargetContext = { today: '0000-01-01', indicators: [], width: 534 };

/** The title column's width: three fifths of the chart, within reason. */
export function titleWidth(chartWidth: number): number {
  return Math.round(Math.min(460, Math.max(240, chartWidth * 0.6)));
}

const TITLE_PX = 18;
const PATH_PX = 15;

function statusText(onTrack: boolean | null, lang: Lang): string {
  if (onTrack === null) return inLang(lang, '进度未知', 'progress unknown');
  return onTrack ? inLang(lang, '进度正常', 'on track') : inLang(lang, '进度滞后', 'behind schedule');
}

/** The row's sentence for the aria description. */
function spoken(t: WallTarget, row: TargetRow, lang: Lang): string {
  const timing =
    row.state === 'running'
      ? inLang(lang, `序时进度 ${progressLabel(t.expectedProgress)}，${statusText(t.onTrack, lang)}`, `time elapsed ${progressLabel(t.expectedProgress)}, ${statusText(t.onTrack, lang)}`)
      : inLang(lang, `已到期，${row.stateText}`, `ended, ${row.stateText}`);
  return inLang(lang, `${row.title} ${progressLabel(t.progress)}，${timing}，${row.pathSpoken}`, `${row.title} ${progressLabel(t.progress)}, ${timing}, ${row.pathSpoken}`);
}

/** English titles are made from what each target is (the API gives a Chinese title only). */
export function buildTargetOption(targets: readonly WallTarget[], lang: Lang, context: TargetContext = DEFAULT_CONTEXT, theme: WallTheme = darkTheme): EChartsOption {
  const elapsedName = inLang(lang, '序时进度', 'Time elapsed');
  const width = titleWidth(context.width);
  const rows = targets.map((t) => targetRow(t, lang, context.today, context.indicators, width / TITLE_PX));
  const byTitle = new Map(rows.map((r) => [r.title, r]));
  const description = itemsSentence(lang, inLang(lang, '目标完成进度', 'Progress towards targets'), targets.map((t, i) => spoken(t, rows[i]!, lang)));
  const stateColour = { running: theme.text, met: theme.good, missed: theme.bad };

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
        data: rows.map((r) => r.title),
        axisLabel: {
          color: theme.text,
          fontSize: TITLE_PX,
          lineHeight: 21,
          // The title in lines broken where Chinese breaks (target-rows.ts), then the way from baseline to target.
          width,
          overflow: 'break',
          formatter: (title: string) => {
            const row = byTitle.get(title);
            if (!row) return title;
            return [...row.lines.map((l) => `{title|${l}}`), `{path|${row.path}}`].join('\n');
          },
          rich: {
            title: { fontSize: TITLE_PX, lineHeight: 21, color: theme.text, width },
            path: { fontSize: PATH_PX, lineHeight: 19, color: theme.textMuted, width },
          },
        },
        axisLine: { show: false },
        axisTick: { show: false },
      },
      {
        // The figures' column, right of the plot's 150% edge: no bar, tick or line reaches it.
        type: 'category',
        position: 'right',
        inverse: true,
        data: targets.map((t, i) => `${progressLabel(t.progress)}\n${rows[i]!.stateText}`),
        axisLabel: {
          color: theme.text,
          fontSize: theme.fontSize.label,
          fontWeight: 'bold',
          margin: 14,
          interval: 0,
          formatter: (text: string, index: number) => {
            const [pct, state] = text.split('\n');
            return `{pct|${pct}}\n{${rows[index]?.state ?? 'running'}|${state}}`;
          },
          rich: {
            pct: { fontSize: theme.fontSize.label, fontWeight: 'bold', color: theme.text, lineHeight: 22 },
            ...Object.fromEntries(Object.entries(stateColour).map(([k, color]) => [k, { fontSize: PATH_PX, color, lineHeight: 18 }])),
          },
        },
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
          itemStyle: { color: statusColour(t.onTrack, rows[targets.indexOf(t)]!.state, theme), borderRadius: [0, 6, 6, 0] },
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
        // Its value stands in the figures' column ("序时93%"), its name in the panel's key; an ended target has no tick (its time is up).
        data: targets.flatMap((t, index) => (rows[index]!.state === 'running' ? [[barPercent(t.expectedProgress), index]] : [])),
      },
    ],
  };
}
