// The staff pages (/admin) in headless Chromium against the real server and a fresh copy of
// the demo database, as staff.shashi (沙市区) uses them: editing with the API's validation,
// two people editing one institution, and CSV import with its dry run. Figures are read
// from the database, never assumed.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser, newWallPage, type WallPage } from '../support/browser.js';
import { citySlots } from '../support/figures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { errorBeside, grouped, signedInPage, waitForWallTotal } from './admin-pages.js';

const CITY = '421000'; // 荆州市
const SHASHI = '421002'; // 沙市区, staff.shashi's district

let api: TestServer;
let browser: Browser;
/** Every page a test opened, closed after it; their errors are printed when it fails. */
let opened: WallPage[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer({ DASHBOARD_DIST: inject('dashboardDist') }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});
beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    for (const page of opened) if (page.errors.length) console.error(`errors in ${page.page.url()}:\n  ${page.errors.slice(-20).join('\n  ')}`);
  });
  return async () => {
    await Promise.all(opened.map((p) => p.context.close()));
    opened = [];
  };
});

async function open<T extends WallPage>(page: Promise<T>): Promise<T> {
  const result = await page;
  opened.push(result);
  return result;
}

interface Row {
  id: number;
  name: string;
  version: number;
  slots: number;
}

/** The `n`th open institution of 沙市区 (by id), so each test edits its own. */
async function shashiInstitution(n: number): Promise<Row> {
  const [row] = await api.sql<Row>(
    `select i.id, i.name, i.version, i.slots from institution i join district d on d.id = i.district_id
      where d.code = $1 and i.closed_on is null and i.opened_on <= current_date order by i.id offset $2 limit 1`,
    [SHASHI, n],
  );
  return row!;
}

async function stateOf(id: number): Promise<{ slots: number; version: number }> {
  const [row] = await api.sql<{ slots: number; version: number }>('select slots, version from institution where id = $1', [id]);
  return row!;
}

describe('editing an institution as staff.shashi', () => {
  it('shows the API’s error beside the slots field for a negative count and changes nothing, then saves a valid count with its reason and a wall open beside it shows the new city total', async () => {
    const target = await shashiInstitution(0);
    const totalBefore = await citySlots(api, CITY);
    const wall = await open(newWallPage(browser, `${api.url}/?city=${CITY}`));
    await waitForWallTotal(wall.page, totalBefore, 15_000);

    const staff = await open(signedInPage(browser, api.url, 'staff.shashi'));
    const { page } = staff;
    // Find it the way a person would: search the list by name, open it.
    await page.getByLabel('名称搜索').fill(target.name);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('link', { name: target.name, exact: true }).click();
    await page.waitForURL(`**/admin/institutions/${target.id}`);

    const slots = page.getByLabel('托位数（个）');
    await expect.poll(() => slots.inputValue()).toBe(String(target.slots));
    await slots.fill('-5');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => slots.getAttribute('aria-invalid'), { message: 'the slots field should be marked invalid' }).toBe('true');
    expect(await errorBeside(page, '#slots')).toContain('托位数须为 0 到 10000 之间的整数');
    expect(await stateOf(target.id)).toEqual({ slots: target.slots, version: target.version });

    const corrected = target.slots + 7;
    await slots.fill(String(corrected));
    await page.locator('#reason').fill('核实托位数后更正');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `已保存（版本 ${target.version + 1}）` }).waitFor();
    expect(await slots.getAttribute('aria-invalid')).toBeNull();
    expect(await stateOf(target.id)).toEqual({ slots: corrected, version: target.version + 1 });
    const [audit] = await api.sql<{ reason: string; actor_role: string }>(
      `select reason, actor_role from audit_entry where entity_type = 'Institution' and entity_id = $1 order by id desc limit 1`,
      [target.id],
    );
    expect(audit).toEqual({ reason: '核实托位数后更正', actor_role: 'STAFF' });

    const totalAfter = await citySlots(api, CITY);
    expect(totalAfter).toBe(totalBefore + 7);
    await waitForWallTotal(wall.page, totalAfter);
  });

  it('shows B the change A saved first beside B’s own when B saves, and reapplying B’s change on top of A’s leaves B’s value at the next version with two audit entries, both on its history page', async () => {
    const target = await shashiInstitution(1);
    const [{ last } = { last: null }] = await api.sql<{ last: string | null }>(`select max(id)::text as last from audit_entry`);
    const path = `/admin/institutions/${target.id}`;
    const [a, b] = await Promise.all([open(signedInPage(browser, api.url, 'staff.shashi', path)), open(signedInPage(browser, api.url, 'staff.shashi', path))]);
    for (const { page } of [a, b]) await expect.poll(() => page.getByLabel('托位数（个）').inputValue()).toBe(String(target.slots));

    const theirs = target.slots + 3;
    const mine = target.slots + 9;
    await a.page.getByLabel('托位数（个）').fill(String(theirs));
    await a.page.locator('#reason').fill('A 的核实');
    await a.page.getByRole('button', { name: '保存', exact: true }).click();
    await a.page.getByRole('status').filter({ hasText: `已保存（版本 ${target.version + 1}）` }).waitFor();

    // B's open form hears of A's change (institutionChanged) before B saves.
    await b.page.getByTestId('changed-elsewhere').waitFor({ timeout: 10_000 });
    await b.page.getByLabel('托位数（个）').fill(String(mine));
    await b.page.locator('#reason').fill('B 的核实');
    await b.page.getByRole('button', { name: '保存', exact: true }).click();

    const panel = b.page.getByTestId('conflict-panel');
    await panel.waitFor();
    const row = panel.locator('tr[data-field="slots"]');
    expect(await row.getAttribute('class')).toContain('differs');
    expect(await row.getByTestId('theirs-slots').textContent()).toBe(`${grouped.format(theirs)} 个`);
    expect(await row.getByTestId('mine-slots').textContent()).toBe(`${grouped.format(mine)} 个`);
    expect(await stateOf(target.id)).toEqual({ slots: theirs, version: target.version + 1 });

    await panel.getByRole('button', { name: '在对方版本上重新应用我的修改并保存' }).click();
    await b.page.getByRole('status').filter({ hasText: `已保存（版本 ${target.version + 2}）` }).waitFor();
    expect(await stateOf(target.id)).toEqual({ slots: mine, version: target.version + 2 });
    const entries = await api.sql<{ action: string; reason: string; slots: number }>(
      `select action, reason, (after->>'slots')::int as slots from audit_entry
        where entity_type = 'Institution' and entity_id = $1 and id > $2 order by id`,
      [target.id, last ?? '0'],
    );
    expect(entries).toEqual([
      { action: 'UPDATE', reason: 'A 的核实', slots: theirs },
      { action: 'UPDATE', reason: 'B 的核实', slots: mine },
    ]);

    // The history page shows both, newest first: who, role, before → after, reason.
    await b.page.getByRole('link', { name: '变更记录' }).click();
    const history = b.page.getByTestId('history-table').locator('tbody tr');
    await expect.poll(() => history.count(), { message: 'the history should list both changes' }).toBeGreaterThanOrEqual(2);
    const [newest, previous] = [await history.nth(0).innerText(), await history.nth(1).innerText()];
    expect(newest).toContain('沙市区卫健局工作人员');
    expect(newest).toContain('工作人员');
    expect(newest).toContain(`${grouped.format(theirs)} 个 → ${grouped.format(mine)} 个`);
    expect(newest).toContain('B 的核实');
    expect(previous).toContain(`${grouped.format(target.slots)} 个 → ${grouped.format(theirs)} 个`);
    expect(previous).toContain('A 的核实');
  });
});

describe('CSV import as staff.shashi', () => {
  const HEADER = '机构名称,所属区县,举办主体,是否普惠,备案日期,示范级别,试点级别,托位数,在托人数,班型,地址,开业日期';
  const csv = (prefix: string, secondSlots: string) =>
    `\uFEFF${[
      HEADER,
      `${prefix}托育园1号,沙市区,民办,是,,无,无,40,30,托小班、托大班,荆州市沙市区测试路 1 号,2024-03-01`,
      `${prefix}托育园2号,沙市区,公办,否,2024/5/1,无,无,${secondSlots},20,乳儿班,荆州市沙市区测试路 2 号,2024-03-01`,
      `${prefix}托育园3号,沙市区,社区办,否,,市级,无,60,45,托大班,荆州市沙市区测试路 3 号,2023-09-01`,
    ].join('\r\n')}\r\n`;

  it('lists the row errors of a file with a bad row in a dry run and writes nothing; once corrected, the commit adds its rows', async () => {
    const prefix = `导入测试${randomBytes(3).toString('hex')}`;
    const imported = async () => Number((await api.sql<{ n: string }>('select count(*) n from institution where name like $1', [`${prefix}%`]))[0]!.n);
    const { page } = await open(signedInPage(browser, api.url, 'staff.shashi'));
    await page.getByRole('link', { name: '批量导入' }).click();
    await page.waitForURL('**/admin/import');
    const commit = page.getByRole('button', { name: '确认导入' });

    await page.getByLabel('CSV 文件').setInputFiles({ name: '沙市区新机构.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(prefix, '-5')) });
    await page.getByRole('button', { name: '预检' }).click();
    await page.getByTestId('dry-run-summary').filter({ hasText: '预检发现 1 处错误，2 行有效' }).waitFor();
    const cells = await page.getByTestId('import-errors').locator('tbody tr td').allTextContents();
    expect(cells).toEqual(['3', '托位数', '-5', '托位数须为 0 到 10000 之间的整数']);
    expect(await commit.isDisabled()).toBe(true);
    expect(await imported()).toBe(0);

    await page.getByLabel('CSV 文件').setInputFiles({ name: '沙市区新机构.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(prefix, '25')) });
    await page.getByRole('button', { name: '预检' }).click();
    await page.getByTestId('dry-run-summary').filter({ hasText: '预检通过：3 行有效' }).waitFor();
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await imported()).toBe(0);
    await commit.click();
    await page.getByRole('status').filter({ hasText: '已导入 3 条' }).waitFor();
    expect(await imported()).toBe(3);
    const [sum] = await api.sql<{ slots: string }>('select sum(slots) slots from institution where name like $1', [`${prefix}%`]);
    expect(Number(sum?.slots)).toBe(40 + 25 + 60);
  });
});
