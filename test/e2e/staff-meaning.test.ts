// Issue 15 on the staff and analyst pages, in headless Chromium against the real server: a
// look-back at an instant before the audit trail begins says it cannot be rebuilt instead
// of showing zeros, and a CSV dry run names an unknown district beside a row's other errors.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, type WallPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signedInPage } from './admin-pages.js';

let api: TestServer;
let browser: Browser;
const opened: WallPage[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  await Promise.all(opened.map((p) => p.context.close()));
  await browser?.close();
  await api?.close();
});

describe('the look-back before the audit trail begins', () => {
  it('says the figures of that instant cannot be rebuilt, and shows no zero and no change for them', async () => {
    // The records begin with the seeded rows: an instant before them has nothing to rebuild from.
    const [first] = await api.sql<{ at: Date }>(
      "select min(i.created_at) as at from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000'",
    );
    expect(first?.at, 'the demo data set has institutions').toBeTruthy();
    const analyst = await signedInPage(browser, api.url, 'analyst', '/explore/as-of');
    opened.push(analyst);
    const { page } = analyst;
    // A month before the trail begins, when the trend shows about 14,500 slots.
    const before = new Date(first!.at.getTime() - 30 * 86_400_000);
    const local = await page.evaluate((iso) => {
      const d = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }, before.toISOString());
    await page.getByLabel('回溯时刻').fill(local);
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByTestId('as-of-result').waitFor();

    const notice = await page.getByTestId('as-of-before-trail').textContent();
    expect(notice).toContain('记录始于');
    const cells = (await page.locator('[data-figure="slots"] td').allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe('—');
    expect(cells[2]).toBe('—');
    const all = await page.getByTestId('as-of-result').textContent();
    expect(all).not.toMatch(/\+14,8\d\d/);
  });
});

describe('a CSV dry run with an unknown district', () => {
  it('names the unknown district in the same dry run as the row’s bad slot count', async () => {
    const prefix = `区县测试${randomBytes(3).toString('hex')}`;
    const csv = `\uFEFF${[
      '机构名称,所属区县,举办主体,是否普惠,备案日期,示范级别,试点级别,托位数,在托人数,班型,地址,开业日期',
      `${prefix}1号,沙市区,民办,是,,无,无,40,30,托小班,荆州市沙市区测试路 1 号,2024-03-01`,
      `${prefix}2号,不存在区,民办,是,,无,无,-5,20,托小班,荆州市沙市区测试路 2 号,2024-03-01`,
    ].join('\r\n')}\r\n`;
    const staff = await signedInPage(browser, api.url, 'staff.shashi', '/admin/import');
    opened.push(staff);
    const { page } = staff;
    await page.getByLabel('CSV 文件').setInputFiles({ name: '新机构.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: '预检' }).click();
    await page.getByTestId('dry-run-summary').filter({ hasText: '预检发现 2 处错误' }).waitFor({ timeout: 10_000 });
    const rows = await page.getByTestId('import-errors').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }).querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
    );
    expect(rows.map((r) => `${r[0]} ${r[1]}`).sort()).toEqual(['3 所属区县', '3 托位数']);
    expect(rows.find((r) => r[1] === '所属区县')?.[3]).toContain('本市没有区县');
  });
});
