// pnpm bench:wall — does the wall screen leak under a long stream of live updates?
// Starts the built server in its own process on a fresh embedded PostgreSQL, opens the
// built wall (?city=421000) in headless Chromium at 1920x1080, measures the JS heap after
// a forced GC, commits 10,000 plain-SQL slot changes in small batches with pauses longer
// than the server's coalescing window (so they reach the screen as thousands of separate
// overviews), measures again after GC and prints a table. A benchmark, not a test: it
// asserts nothing, and stops by itself within about 5 minutes.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { freePort } from '../support/free-port.js';
import { chromiumPath, launchBrowser, newWallPage, type WallGlobals } from '../support/browser.js';

const UPDATES = Number(process.env.BENCH_WALL_UPDATES ?? 10_000);
const BATCH = Number(process.env.BENCH_WALL_BATCH ?? 5);
const PAUSE_MS = Number(process.env.BENCH_WALL_PAUSE_MS ?? 60);
const CITY = '421000';
/** Whole run, start to cleanup; the update loop stops early to stay inside it. */
const BUDGET_MS = Number(process.env.BENCH_WALL_BUDGET_MS ?? 5 * 60_000);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const thousands = new Intl.NumberFormat('en-US');

interface Sample {
  heapUsedMB: number;
  perfMemoryMB: number | null;
  domElements: number;
  domNodes: number;
  listeners: number;
  updates: number | null;
  charts: number | null;
}

/** Heap and DOM after two forced collections (gc() from --expose-gc, and the DevTools one). */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.evaluate(() => (globalThis as unknown as WallGlobals).gc?.());
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const inPage = await page.evaluate(() => {
    const { __careboard: careboard, performance, document } = globalThis as unknown as WallGlobals;
    const memory = performance.memory;
    return {
      perfMemory: memory?.usedJSHeapSize ?? null,
      domElements: document.getElementsByTagName('*').length,
      updates: careboard ? careboard.updates : null,
      charts: careboard ? careboard.chartCount() : null,
    };
  });
  return {
    heapUsedMB: heap.usedSize / 2 ** 20,
    perfMemoryMB: inPage.perfMemory === null ? null : inPage.perfMemory / 2 ** 20,
    domElements: inPage.domElements,
    domNodes: counters.nodes,
    listeners: counters.jsEventListeners,
    updates: inPage.updates,
    charts: inPage.charts,
  };
}

function updatesOnScreen(page: Page): Promise<number | null> {
  return page.evaluate(() => (globalThis as unknown as WallGlobals).__careboard?.updates ?? null);
}

function totalText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as WallGlobals).document.querySelector('[data-testid="total-slots"]')?.textContent ?? '');
}

/** Polls until the wall's total reads `expected`; the milliseconds it took, or null on timeout. */
async function waitForTotal(page: Page, expected: number, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  const text = thousands.format(expected);
  while (performance.now() - started < timeoutMs) {
    if ((await totalText(page)).includes(text)) return performance.now() - started;
    await sleep(25);
  }
  return null;
}

const mb = (n: number | null | undefined): number | string => (n === null || n === undefined ? 'n/a' : Number(n.toFixed(2)));
const na = (n: number | null | undefined): number | string => (n === null || n === undefined ? 'n/a' : n);

async function main(): Promise<void> {
  const startedAt = performance.now();
  const remaining = (): number => BUDGET_MS - (performance.now() - startedAt);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-bench-wall-'));
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  // The built server and dashboard (pnpm bench:wall builds both first), as production runs them.
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DASHBOARD_DIST: process.env.DASHBOARD_DIST ? path.resolve(process.env.DASHBOARD_DIST) : path.join(root, 'dashboard', 'dist'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const serverExited = new Promise<void>((r) => server.once('exit', () => r()));
  // Whatever happens, never outlive the budget by much: stop the server (and its PostgreSQL) and leave.
  const watchdog = setTimeout(() => {
    console.error(`bench:wall: over its ${Math.round(BUDGET_MS / 1000)} s budget by 30 s, stopping`);
    server.kill('SIGTERM');
    setTimeout(() => process.exit(1), 10_000).unref();
  }, BUDGET_MS + 30_000);
  watchdog.unref();

  let browser: Browser | undefined;
  let db: pg.Client | undefined;
  try {
    let ready = false;
    for (let i = 0; i < 600 && !ready; i += 1) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (!ready) await sleep(250);
    }
    if (!ready) throw new Error('the server did not become ready within 150 s');
    // The embedded cluster asks for the password it keeps in the data folder.
    const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
    db = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${pgPort}/careboard` });
    await db.connect();
    const client = db;
    const total = async (): Promise<number> =>
      Number(
        (
          await client.query(
            `select coalesce(sum(i.slots), 0) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
              where c.code = $1 and i.opened_on <= current_date and (i.closed_on is null or i.closed_on > current_date)`,
            [CITY],
          )
        ).rows[0].n,
      );
    const ids = (
      await client.query(
        `select i.id from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
          where c.code = $1 and i.opened_on <= current_date and i.closed_on is null order by i.id`,
        [CITY],
      )
    ).rows.map((r: { id: number }) => r.id);

    browser = await launchBrowser({ args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
    const version = browser.version();
    const { page, errors } = await newWallPage(browser, `http://127.0.0.1:${port}/?city=${CITY}${process.env.BENCH_WALL_QUERY ?? ""}`);
    const cdp = await page.context().newCDPSession(page);
    const firstPaint = await waitForTotal(page, await total(), 60_000);
    if (firstPaint === null) console.warn('bench:wall: the wall never showed the total; measuring anyway (the wall may not be built yet)');
    await sleep(2_000); // let the first render, the map and fonts settle
    const before = await sample(page, cdp);

    // 10,000 single-row commits, BATCH at a time, PAUSE_MS apart (> the 50 ms coalescing window).
    let committed = 0;
    let lastProgress = performance.now();
    const driveStarted = performance.now();
    const stopDrivingAt = (): boolean => remaining() < 60_000; // keep a minute for settling, sampling and cleanup
    while (committed < UPDATES && !stopDrivingAt()) {
      for (let b = 0; b < BATCH && committed < UPDATES; b += 1) {
        await client.query('update institution set slots = slots + 1 where id = $1', [ids[committed % ids.length]]);
        committed += 1;
      }
      await sleep(PAUSE_MS);
      if (performance.now() - lastProgress > 15_000) {
        lastProgress = performance.now();
        console.log(`  ${committed} updates committed, ${na(await updatesOnScreen(page))} overviews on the wall so far`);
      }
    }
    const driveMs = performance.now() - driveStarted;
    const expected = await total();
    const settleMs = await waitForTotal(page, expected, Math.min(30_000, Math.max(1_000, remaining() - 30_000)));
    await sleep(1_000);
    const after = await sample(page, cdp);

    const delivered = after.updates !== null && before.updates !== null ? after.updates - before.updates : null;
    console.log(`\nwall soak: ${CITY} at 1920x1080 in headless ${path.basename(chromiumPath())} ${version}; built server and embedded PostgreSQL on this machine`);
    console.table({
      'updates committed': { value: committed },
      'commit batches (size, pause ms)': { value: `${Math.ceil(committed / BATCH)} (${BATCH}, ${PAUSE_MS})` },
      'driving time (s)': { value: Number((driveMs / 1000).toFixed(1)) },
      'overviews rendered during the run (__careboard.updates)': { value: na(delivered) },
      'overviews rendered in all': { value: na(after.updates) },
      'last commit to final total on screen (ms)': { value: settleMs === null ? 'never' : Math.round(settleMs) },
      'page errors logged': { value: errors.length },
    });
    console.table({
      'JS heap used after GC (MB, Runtime.getHeapUsage)': { before: mb(before.heapUsedMB), after: mb(after.heapUsedMB), change: mb(after.heapUsedMB - before.heapUsedMB) },
      'performance.memory.usedJSHeapSize after GC (MB)': {
        before: mb(before.perfMemoryMB),
        after: mb(after.perfMemoryMB),
        change: before.perfMemoryMB === null || after.perfMemoryMB === null ? 'n/a' : mb(after.perfMemoryMB - before.perfMemoryMB),
      },
      'DOM elements in the document': { before: before.domElements, after: after.domElements, change: after.domElements - before.domElements },
      'DOM nodes, incl. detached (Memory.getDOMCounters)': { before: before.domNodes, after: after.domNodes, change: after.domNodes - before.domNodes },
      'JS event listeners': { before: before.listeners, after: after.listeners, change: after.listeners - before.listeners },
      'ECharts instances (__careboard.chartCount())': {
        before: na(before.charts),
        after: na(after.charts),
        change: before.charts === null || after.charts === null ? 'n/a' : after.charts - before.charts,
      },
    });
    if (errors.length > 0) console.log(`first page errors:\n  ${errors.slice(0, 5).join('\n  ')}`);
    console.log(`(coalescing window ${process.env.LIVE_COALESCE_MS ?? 50} ms; BENCH_WALL_UPDATES, BENCH_WALL_BATCH, BENCH_WALL_PAUSE_MS, BENCH_WALL_BUDGET_MS tune the run)`);
  } finally {
    await db?.end().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    server.kill('SIGTERM');
    await Promise.race([serverExited, sleep(20_000)]);
    clearTimeout(watchdog);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
