// Issue 15 at 1920x1080 with a screen token, in headless Chromium against the real server:
// a ticker filled with 50 events shows whole lines only; targets say what their marker,
// deadline and baseline mean; every figure names its period and keeps one unit and precision
// wherever it appears; the map's legend has a title and its ends, and labels stay readable.
// Leaves test-results/wall-421000-full-ticker.png, the README's docs/wall-421000.png.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { RESULTS_DIR } from './paths.js';
import { contrast, fillTicker, periodName, readChart, readTicker, screenToken, textsOf, tickerVerdict, waitForTickerLines } from './wall-meaning.js';

const CITY = '421000'; // 荆州市
const compact = (s: string) => s.replace(/\s+/g, '');

let api: TestServer;
let browser: Browser;
let wall: WallPage;

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
  const token = await screenToken(api);
  wall = await newWallPage(browser, `${api.url}/?city=${CITY}&token=${encodeURIComponent(token)}`);
  await wall.page.getByTestId('total-slots').filter({ hasText: /\d/ }).waitFor({ timeout: 15_000 });
});
afterAll(async () => {
  if (wall?.errors.length) console.error(`errors in the wall:\n  ${wall.errors.slice(-20).join('\n  ')}`);
  await browser?.close();
  await api?.close();
});

describe('the ticker of a 1920x1080 wall filled with 50 events', () => {
  it('shows only whole lines, each at least one line of text high, and leaves a screenshot', async () => {
    await fillTicker(api, 50);
    await waitForTickerLines(wall.page, 25);
    const verdict = tickerVerdict((await readTicker(wall.page))!);
    expect(verdict.squashed).toEqual([]);
    expect(verdict.cut).toEqual([]);
    expect(verdict.whole.length).toBeGreaterThanOrEqual(5);
    await wall.page.waitForTimeout(1_500); // the charts' entry animations, for the picture only
    await mkdir(RESULTS_DIR, { recursive: true });
    await wall.page.screenshot({ path: path.join(RESULTS_DIR, `wall-${CITY}-full-ticker.png`) });
  });
});

describe('the targets of 荆州市', () => {
  it('label the 序时进度 marker with its value, mark the expired 2023 target as met, and break no title before a lone unit', async () => {
    const reading = await readChart<{ aria: string; marks: string[]; lines: string[]; width: number; font: string }>(
      wall.page,
      'targets',
      `const o = chart.getOption();
       const axis = o.yAxis[0];
       const format = axis.axisLabel.formatter;
       const titles = axis.data.map((d) => typeof d === 'string' ? d : d.value);
       const shown = titles.map((t) => typeof format === 'function' ? format(t) : t);
       return {
         aria: chart.getDom().getAttribute('aria-label') || '',
         marks: o.yAxis[1].data.map((d) => typeof d === 'string' ? d : d.value),
         lines: shown.flatMap((s) => s.replace(/\\{[a-z]+\\|/g, '').replace(/\\}/g, '').split('\\n')),
         width: axis.axisLabel.width,
         font: String(axis.axisLabel.fontSize),
       };`,
    );
    expect(reading).not.toBeNull();
    const { aria, marks, lines } = reading!;
    expect(aria).toMatch(/2023年新增托位2000个[^；]*143%[^；]*已到期[^；]*已完成/);
    // The white tick is named in the panel's key, and each running target gives its value beside its percent.
    expect(await wall.page.getByTestId('panel-targets').locator('.targets-key').textContent()).toContain('序时进度');
    expect(marks.some((m) => /序时\s*\d+%/.test(m))).toBe(true);
    // No line of a title is a lone unit or character, and each fits the label column unwrapped.
    expect(lines.filter((l) => l.trim().length <= 1)).toEqual([]);
    const widths = await wall.page.evaluate(({ lines, font }) => {
      const g = globalThis as unknown as { document: { createElement(t: string): { getContext(k: string): { font: string; measureText(s: string): { width: number } } } } };
      const ctx = g.document.createElement('canvas').getContext('2d');
      ctx.font = `${font}px "Noto Sans CJK SC", sans-serif`;
      return lines.map((l) => ctx.measureText(l).width);
    }, { lines, font: reading!.font });
    expect(Math.max(...widths)).toBeLessThanOrEqual(reading!.width);
  });
});

describe('the periods and units of 荆州市’s figures', () => {
  it('names on every 一老一小 card the period its value is for, as the API dates it, and dates no recorded figure by the clock', async () => {
    const res = await api.gql<{ cityOverview: { indicators: { nameZh: string; period: string | null; frequency: string; live: boolean }[] } }>(
      `{ cityOverview(code: "${CITY}") { indicators { nameZh period frequency live } } }`,
    );
    const cards = await wall.page.locator('[data-testid="panel-indicators"] .card').evaluateAll((els) =>
      els.map((e) => ({ name: (e as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector('.card-name')?.textContent ?? '', text: (e as unknown as { textContent: string | null }).textContent ?? '' })),
    );
    expect(cards.length).toBeGreaterThan(4);
    for (const card of cards) {
      const indicator = res.data!.cityOverview.indicators.find((i) => i.nameZh === card.name);
      expect(indicator, card.name).toBeDefined();
      if (indicator!.period === null) continue;
      expect(card.text, card.name).toContain(indicator!.live ? '实时' : periodName(indicator!.period, indicator!.frequency));
    }
    const header = (await textsOf(wall.page, '[data-testid="panel-indicators"] .as-of'))[0] ?? '';
    expect(header).not.toMatch(/数据截至\s*\d\d:\d\d:\d\d/);
    const beds = await textsOf(wall.page, '.figure:has([data-testid="figure-bedsPer1000Elderly"])');
    expect(beds[0]).toMatch(/\d{4}年第[一二三四]季度/);
  });

  it('writes each per-1,000 figure with the same unit and decimals in its key-figure tile as on its card, with its change on the year and its target line', async () => {
    for (const id of ['slotsPer1000', 'bedsPer1000Elderly']) {
      const tile = await wall.page.locator(`.figure:has([data-testid="figure-${id}"])`).evaluate((e) => {
        const el = e as unknown as { querySelector(s: string): { textContent: string | null } | null; textContent: string | null };
        return { label: el.querySelector('.figure-label')?.textContent ?? '', value: el.querySelector('.figure-value')?.textContent ?? '', all: el.textContent ?? '' };
      });
      const card = await wall.page.locator('[data-testid="panel-indicators"] .card').filter({ has: wall.page.locator('.card-name', { hasText: new RegExp(`^${tile.label}$`) }) }).locator('.card-value').textContent();
      expect(compact(tile.value), tile.label).toBe(compact(card ?? '(no card)'));
      expect(tile.all, tile.label).toContain('较上年同期');
    }
    expect(compact((await textsOf(wall.page, '[data-testid="figure-slotsPer1000"]'))[0]!)).toMatch(/个\/千人$/);
    const perThousand = (await textsOf(wall.page, '.figure:has([data-testid="figure-slotsPer1000"])'))[0]!;
    expect(perThousand).toMatch(/目标/);
  });

  it('writes every label of the trend’s axis in 万 and starts the axis above zero', async () => {
    const axis = await readChart<{ labels: string[]; min: number }>(
      wall.page,
      'line',
      `const axis = chart.getModel().getComponent('yAxis', 0).axis;
       return { labels: axis.getViewLabels().map((l) => l.formattedLabel), min: axis.scale.getExtent()[0] };`,
    );
    expect(axis!.labels.length).toBeGreaterThan(2);
    expect(axis!.labels.filter((l) => !/^\d+(\.\d+)?万$/.test(l))).toEqual([]);
    expect(axis!.min).toBeGreaterThan(0);
  });
});

describe('the map of 荆州市', () => {
  it('titles its colour legend and shows its lowest and highest figures as the labels write them', async () => {
    const res = await api.gql<{ cityOverview: { districts: { slots: number }[] } }>(`{ cityOverview(code: "${CITY}") { districts { slots } } }`);
    const slots = res.data!.cityOverview.districts.map((d) => d.slots);
    const grouped = new Intl.NumberFormat('en-US');
    const legend = (await textsOf(wall.page, '[data-testid="map-legend"]'))[0] ?? '';
    expect(legend).toContain('托位数（个）');
    expect(legend).toContain(grouped.format(Math.max(...slots)));
    expect(legend).toContain(grouped.format(Math.min(...slots)));
  });

  it('draws the brightest district’s label and a focused one in colours that contrast at least 4.5:1 with their areas', async () => {
    const colours = await readChart<{ brightest: string; area: string; focusLabel: string; focusArea: string }>(
      wall.page,
      'map',
      `const o = chart.getOption();
       const s = o.series[0];
       const top = s.data.filter((d) => typeof d.value === 'number').sort((a, b) => b.value - a.value)[0];
       const vm = o.visualMap[0];
       return {
         brightest: (top.label && top.label.color) || s.label.color,
         area: vm.inRange.color[vm.inRange.color.length - 1],
         focusLabel: (s.select && s.select.label && s.select.label.color) || s.label.color,
         focusArea: s.select.itemStyle.areaColor,
       };`,
    );
    expect(contrast(colours!.brightest, colours!.area)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours!.focusLabel, colours!.focusArea)).toBeGreaterThanOrEqual(4.5);
  });
});
