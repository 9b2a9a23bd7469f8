import { describe, expect, it } from 'vitest';
import { LineChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import type { TrendPoint } from '../../graphql/types';
import { type Box, renderTargets as render } from '../target-progress/echarts-ssr';
import { buildTrendOption } from './build-option';

echarts.use([LineChart]);

/** The trend chart on the 1920x1080 wall (about 700 x 230 in Chromium). */
const WALL_TREND_CHART = { width: 700, height: 230 };

/** 48 months rising from 11,000 towards the live figure, as 荆州市's history does. */
function months(live: number): TrendPoint[] {
  return Array.from({ length: 48 }, (_, i) => {
    const date = new Date(Date.UTC(2022, i, 1)).toISOString().slice(0, 10);
    return { period: date, value: i === 47 ? live : Math.round(11_000 + ((live - 11_000) * i) / 47), live: i === 47 };
  });
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the trend chart’s labels', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const [live, target] of [
      [14_826, 15_000],
      [15_000, 15_000],
      [15_300, 15_000],
      [14_200, 15_000],
    ] as const) {
      it(`keeps the target line’s label clear of the live figure’s label when ${live} slots meet a target of ${target} (${lang})`, () => {
        const chart = render(buildTrendOption(months(live), target, lang), WALL_TREND_CHART);
        try {
          const liveLabel = chart.texts.find((t) => /^(实时|live) /.test(t.text));
          const targetLabel = chart.texts.find((t) => /^(目标|Target) /.test(t.text));
          expect(liveLabel, 'the live label should be drawn').toBeDefined();
          expect(targetLabel, 'the target label should be drawn').toBeDefined();
          expect(overlaps(liveLabel!, targetLabel!), `${JSON.stringify(liveLabel)} and ${JSON.stringify(targetLabel)}`).toBe(false);
          for (const label of [liveLabel!, targetLabel!]) {
            expect(label.x).toBeGreaterThanOrEqual(0);
            expect(label.x + label.width).toBeLessThanOrEqual(WALL_TREND_CHART.width);
          }
        } finally {
          chart.dispose();
        }
      });
    }
  }
});
