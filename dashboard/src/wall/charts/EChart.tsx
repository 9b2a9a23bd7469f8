import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useStageScale } from '../Stage';
import { diagnostics } from '../diagnostics';
import { echarts } from './echarts';

type Chart = ReturnType<typeof echarts.init>;

/** The chart's drawing area in CSS pixels (the stage's, before its scaling). */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * One ECharts instance for the life of the panel, updated with setOption: a screen that
 * runs for days creates no new charts, listeners or canvases per update. The canvas is
 * drawn at the pixels the screen really has (device pixel ratio × stage scale), so text
 * stays crisp on a scaled 4K wall instead of being a blurred, CSS-stretched 1080p image.
 */
/**
 * `option` undefined clears the chart: a panel with nothing to draw for the city on screen
 * (its map still loading) must not keep the last city's drawing under the new city's title.
 * `scope` (the city): when it changes, the chart is cleared before the new option, so one
 * city's bars do not morph into another's.
 */
export function EChart({ option, label, onSize, scope }: { option: EChartsCoreOption | undefined; label: string; onSize?: (size: ChartSize) => void; scope?: string | undefined }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  const drawnScope = useRef<string | undefined>(undefined);
  const scale = useStageScale();

  // The chart follows its box (the wall switches layout live on a resize); an option laid out
  // in pixels (the map's labels) also gets the size ECharts itself reads, in whole pixels.
  useEffect(() => {
    const host = element.current;
    if (!host) return;
    const report = () => onSize?.({ width: host.clientWidth, height: host.clientHeight });
    const observer = new ResizeObserver(() => {
      const instance = chart.current;
      if (instance && (instance.getWidth() !== host.clientWidth || instance.getHeight() !== host.clientHeight)) instance.resize();
      report();
    });
    observer.observe(host);
    report();
    return () => observer.disconnect();
  }, [onSize]);

  useEffect(() => {
    const host = element.current;
    if (!host) return;
    const instance = echarts.init(host, undefined, { renderer: 'canvas', devicePixelRatio: (window.devicePixelRatio || 1) * scale });
    chart.current = instance;
    diagnostics.charts.add(instance);
    return () => {
      diagnostics.charts.delete(instance);
      instance.dispose();
      chart.current = undefined;
    };
  }, [scale]);

  // Runs after the instance effect, also when a new scale made a new instance.
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    if (!option) {
      instance.clear();
      drawnScope.current = undefined;
      return;
    }
    // A new instance (new scale) draws from scratch anyway; a new city on the old one is cleared first.
    if (drawnScope.current !== scope) instance.clear();
    drawnScope.current = scope;
    instance.setOption(option, { lazyUpdate: true });
  }, [option, scale, scope]);

  return <div ref={element} className="chart" role="img" aria-roledescription="chart" title={label} />;
}
