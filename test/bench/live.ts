// pnpm bench:live — commit-to-delivery latency of cityOverview to many wall screens.
// Starts the server in its own process on a fresh embedded PostgreSQL, opens N graphql-ws
// connections (one per screen), commits changes with plain SQL one at a time, and prints
// latency percentiles and deliveries per second. A benchmark, not a test: it asserts nothing.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort } from '../support/free-port.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 30);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 250);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'careboard-bench-'));
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  // The built server (pnpm bench:live builds it first), as production runs it.
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const clients: Client[] = [];
  try {
    for (let i = 0; i < 600; i += 1) {
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const db = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${pgPort}/careboard` });
    await db.connect();
    const total = async () => Number((await db.query(`select sum(i.slots) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000' and i.closed_on is null`)).rows[0].n);
    const ids = (await db.query(`select i.id from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000' and i.closed_on is null order by i.id limit 20`)).rows.map((r: { id: number }) => r.id);

    // Every screen waits for the total of the change in flight; arrival times per change.
    let expected = await total();
    const arrivals = new Map<number, number[]>();
    let firstSnapshots = 0;
    const started = performance.now();
    for (let i = 0; i < SUBSCRIBERS; i += 1) {
      const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      let first = true;
      client.subscribe<{ cityOverview: { slots: number } }>(
        { query: 'subscription { cityOverview(code: "421000") { slots districts { code slots slotsPer1000 } targets { title progress } indicators { key value } } }' },
        {
          next: (message) => {
            const now = performance.now();
            if (first) {
              first = false;
              firstSnapshots += 1;
            }
            const slots = message.data?.cityOverview.slots;
            if (slots !== undefined) arrivals.get(slots)?.push(now);
          },
          error: (error) => console.error('subscriber error', error),
          complete: () => undefined,
        },
      );
    }
    while (firstSnapshots < SUBSCRIBERS) await new Promise((r) => setTimeout(r, 50));
    const connectMs = performance.now() - started;

    const latencies: number[] = [];
    let deliveries = 0;
    let deliveringMs = 0;
    for (let c = 0; c < CHANGES; c += 1) {
      expected += 1;
      const times: number[] = [];
      arrivals.set(expected, times);
      await db.query('update institution set slots = slots + 1 where id = $1', [ids[c % ids.length]]);
      const committedAt = performance.now();
      const deadline = committedAt + 10_000;
      while (times.length < SUBSCRIBERS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      for (const t of times) latencies.push(t - committedAt);
      deliveries += times.length;
      if (times.length > 0) deliveringMs += Math.max(...times) - committedAt;
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    await db.end();
    latencies.sort((a, b) => a - b);
    const missing = SUBSCRIBERS * CHANGES - deliveries;
    console.log('\ncityOverview fan-out (server in its own process, embedded PostgreSQL 18, this machine)');
    console.table({
      subscribers: SUBSCRIBERS,
      changes: CHANGES,
      'connect + first snapshot, all (ms)': Math.round(connectMs),
      deliveries,
      'missing deliveries': missing,
      'commit-to-delivery p50 (ms)': Number(percentile(latencies, 50).toFixed(1)),
      'commit-to-delivery p99 (ms)': Number(percentile(latencies, 99).toFixed(1)),
      'commit-to-delivery max (ms)': Number((latencies.at(-1) ?? NaN).toFixed(1)),
      'deliveries per second (while delivering)': Math.round(deliveries / (deliveringMs / 1000)),
    });
    console.log(`(coalescing window ${process.env.LIVE_COALESCE_MS ?? 50} ms is part of every latency; changes ${GAP_MS} ms apart)`);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
