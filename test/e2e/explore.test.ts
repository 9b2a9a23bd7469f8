// The analyst pages (/explore) in headless Chromium against the real server: looking back
// at the figures before a change, and downloading an export. Figures come from the database.
import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, type WallPage } from '../support/browser.js';
import { citySlots, openInstitution } from '../support/figures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { grouped, signedInPage, textOf } from './admin-pages.js';

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

describe('the analyst pages', () => {
  it('show the city total as it stood before a change beside the total now', async () => {
    const analyst = await signedInPage(browser, api.url, 'analyst', '/explore/as-of');
    opened.push(analyst);
    const { page } = analyst;

    // An instant on the database's clock, to the second (what the form takes), then a change after it.
    const [clock] = await api.sql<{ now: Date }>('select clock_timestamp() as now');
    const instant = new Date(Math.floor(clock!.now.getTime() / 1000) * 1000);
    const before = await citySlots(api, '421000');
    const institution = await openInstitution(api, '421002');
    const changed = await api.gql(
      'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }) { version } }',
      { id: String(institution.id), v: institution.version, s: institution.slots + 23 },
      await api.login('staff.shashi'),
    );
    expect(changed.errors).toBeUndefined();
    const after = await citySlots(api, '421000');
    expect(after).toBe(before + 23);

    // The form takes the browser's local time, as an official reads a clock.
    const local = await page.evaluate((iso) => {
      const d = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }, instant.toISOString());
    await page.getByLabel('回溯时刻').fill(local);
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByTestId('as-of-result').waitFor();

    const cells = async (selector: string) => (await page.locator(`${selector} td`).allTextContents()).map((t) => t.trim());
    expect(await cells('[data-figure="slots"]')).toEqual([grouped.format(before), grouped.format(after), '+23']);
    const district = await cells('[data-testid="as-of-districts"] [data-district="421002"]');
    expect(district[2]).toBe('+23');
    expect(await textOf(page, '[data-testid="as-of-city"] thead')).toContain('时');
  });

  it('download the institutions of the city as an XLSX file with every open institution', async () => {
    const analyst = await signedInPage(browser, api.url, 'analyst', '/explore/export');
    opened.push(analyst);
    const { page } = analyst;
    const form = page.getByTestId('export-institutions');
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: '下载' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^托育机构-421000-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await form.getByText(`已下载 ${download.suggestedFilename()}`).waitFor();

    const [head, ...rows] = await readSheet(await readFile((await download.path())!));
    const [count] = await api.sql<{ n: number }>(
      `select count(*)::int n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000' and i.closed_on is null`,
    );
    expect(head![1]).toBe('机构名称');
    expect(rows.length).toBe(count!.n);
  });
});
