// Helpers of the issue-15 tests ("the wall says exactly what its figures mean"): a screen
// token, a full ticker, and readings of what the wall draws: DOM boxes and texts, and the
// ECharts instances the wall exposes (window.__careboard.charts).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from '../support/test-server.js';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** A screen token for the city, issued by its admin as the screens page does. */
export async function screenToken(api: TestServer, city = '421000'): Promise<string> {
  const res = await api.gql<{ issueDisplayToken: { token: string } }>(
    'mutation($city: String!, $name: String!) { issueDisplayToken(cityCode: $city, name: $name) { token } }',
    { city, name: `测试大屏 ${Math.random().toString(36).slice(2, 8)}` },
    await api.login(city === '421000' ? 'admin.jz' : 'admin.lyg'),
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.issueDisplayToken.token;
}

/** `count` committed changes of one 沙市区 institution by plain SQL, each its own event of the live feed. */
export async function fillTicker(api: TestServer, count: number): Promise<void> {
  const [row] = await api.sql<{ id: number }>(
    "select i.id from institution i join district d on d.id = i.district_id where d.code = '421002' and i.closed_on is null order by i.id limit 1",
  );
  for (let i = 0; i < count; i++) await api.sql('update institution set enrolled = greatest(0, enrolled + $2) where id = $1', [row!.id, i % 2 === 0 ? -1 : 1]);
}

export interface TickerReading {
  clip: Box;
  lines: { text: string; box: Box; lineHeight: number }[];
}

/** The ticker's visible area (its list, clipped by the panel body) and every line's box. */
export function readTicker(page: Page): Promise<TickerReading | null> {
  return page.evaluate(() => {
    type El = { getBoundingClientRect(): Box; textContent: string | null; querySelectorAll(s: string): ArrayLike<El> };
    const g = globalThis as unknown as { document: { querySelector(s: string): El | null }; getComputedStyle(e: El): { lineHeight: string; fontSize: string } };
    const list = g.document.querySelector('[data-testid="panel-ticker"] ul');
    const body = g.document.querySelector('[data-testid="panel-ticker"] .panel-body');
    if (!list || !body) return null;
    const a = list.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    const clip = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom), width: 0, height: 0 };
    clip.width = clip.right - clip.left;
    clip.height = clip.bottom - clip.top;
    const lines = Array.from(list.querySelectorAll('li'), (li) => {
      const style = g.getComputedStyle(li);
      const lineHeight = style.lineHeight === 'normal' ? Number.parseFloat(style.fontSize) * 1.2 : Number.parseFloat(style.lineHeight);
      const r = li.getBoundingClientRect();
      return { text: li.textContent ?? '', box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }, lineHeight };
    });
    return { clip, lines };
  });
}

/** Lines of the ticker wholly inside its visible area, and lines partly inside (cut), from a reading. */
export function tickerVerdict(reading: TickerReading): { whole: string[]; cut: string[]; squashed: string[] } {
  const { clip } = reading;
  const inside = (b: Box) => b.left >= clip.left - 0.5 && b.right <= clip.right + 0.5 && b.top >= clip.top - 0.5 && b.bottom <= clip.bottom + 0.5;
  const outside = (b: Box) => b.right <= clip.left || b.left >= clip.right || b.bottom <= clip.top || b.top >= clip.bottom;
  const whole = reading.lines.filter((l) => inside(l.box)).map((l) => l.text);
  const cut = reading.lines.filter((l) => !inside(l.box) && !outside(l.box)).map((l) => l.text);
  // A visible line at least one line of text high: a flex item squashed to 3 px is no line.
  const squashed = reading.lines.filter((l) => inside(l.box) && l.box.height < l.lineHeight - 1).map((l) => `${l.text} (${l.box.height} px)`);
  return { whole, cut, squashed };
}

/** Waits until the ticker holds at least `count` lines. */
export async function waitForTickerLines(page: Page, count: number, timeout = 20_000): Promise<void> {
  await expect
    .poll(async () => (await readTicker(page))?.lines.length ?? 0, { timeout, message: `the ticker should hold ${count} lines` })
    .toBeGreaterThanOrEqual(count);
}

/** The text of every element matching `selector`, trimmed. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => ((e as unknown as { textContent: string | null }).textContent ?? '').trim()));
}

/** Reads one of the wall's charts inside the page: the first for which `pick` (given the option) is true. */
export function readChart<T>(page: Page, kind: 'map' | 'bar-ranking' | 'targets' | 'line', read: string): Promise<T | null> {
  return page.evaluate(
    ({ kind, read }) => {
      type Chart = { getOption(): { series?: { type?: string; name?: string }[] } };
      const g = globalThis as unknown as { __careboard?: { charts: Set<Chart> } };
      const picks: Record<string, (c: Chart) => boolean> = {
        map: (c) => c.getOption().series?.[0]?.type === 'map',
        'bar-ranking': (c) => c.getOption().series?.[0]?.type === 'bar' && !c.getOption().series?.some((s) => s.type === 'scatter'),
        targets: (c) => !!c.getOption().series?.some((s) => s.type === 'scatter'),
        line: (c) => c.getOption().series?.[0]?.type === 'line',
      };
      const chart = [...(g.__careboard?.charts ?? [])].find((c) => picks[kind]!(c));
      if (!chart) return null;
      return new Function('chart', read)(chart) as T;
    },
    { kind, read },
  );
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** "2026年第三季度", "2026年11月", "2026年": a period as the wall should name it. */
export function periodName(period: string, frequency: string): string {
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7));
  if (frequency === 'YEARLY') return `${year}年`;
  if (frequency === 'QUARTERLY') return `${year}年第${'一二三四'[Math.floor((month - 1) / 3)]}季度`;
  return `${year}年${month}月`;
}
