// pnpm bench — every figure of BENCHMARKS.md in one run: query throughput beside
// PostGraphile, fan-out beside a raw ws server, the write path beside plain SQL. Servers
// run in their own processes on one embedded PostgreSQL with the demo data; this process
// drives the load. A benchmark, not a test: it prints figures and asserts nothing.
// BENCH_SECTIONS=queries,fanout,writes picks sections; the other BENCH_* settings are below.
import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { repoRoot, signIn, startOurServer } from './support/our-server.js';
import { benchFanOut, printFanOutTable, type FanOutRow } from './fan-out.js';
import { benchWritePath, printWritePathTable, writePathSummary, type WritePathRow } from './write-path.js';
import type { QueryRow } from './query-throughput.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const sections = new Set((process.env.BENCH_SECTIONS ?? 'queries,fanout,writes').split(','));
const log = (line: string): void => console.log(line);

async function machine(databaseUrl: string): Promise<Record<string, string>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const version = (await db.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  await db.end();
  const cpu = os.cpus()[0];
  return {
    cpu: `${os.cpus().length} × ${cpu?.model ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: `${version} (embedded, started by the server)`,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  // BENCH_PROFILE=dir: our server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE;
  const server = await startOurServer({}, profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : []);
  const results: { machine?: Record<string, string>; queries?: QueryRow[]; fanOut?: FanOutRow[]; writes?: WritePathRow[] } = {};
  try {
    results.machine = await machine(server.databaseUrl);
    console.log('\nCareBoard benchmarks', new Date().toISOString());
    console.table(results.machine);

    if (sections.has('queries')) {
      console.log('\n1. Query throughput: CareBoard beside PostGraphile 5 (same PostgreSQL, same data, autocannon, runs alternated)');
      const { benchQueries, printQueryTable } = await import('./query-throughput.js');
      const { startPostGraphile } = await import('./peers/postgraphile/start.js');
      const peer = await startPostGraphile({ databaseUrl: server.databaseUrl, poolSize: env('DB_POOL_MAX', 10) });
      try {
        results.queries = await benchQueries({
          ourUrl: server.url,
          ourToken: await signIn(server.url, 'analyst'),
          peerUrl: peer.url,
          connections: env('BENCH_CONNECTIONS', 16),
          durationSeconds: env('BENCH_SECONDS', 10),
          rounds: env('BENCH_ROUNDS', 2),
          log,
        });
      } finally {
        await peer.stop();
      }
      printQueryTable(results.queries);
    }

    if (sections.has('fanout')) {
      console.log('\n2. Fan-out of cityOverview: CareBoard (graphql-ws, commit to delivery) beside a raw ws broadcast of a message of the same size');
      results.fanOut = await benchFanOut({
        ourUrl: server.url,
        ourPid: server.process.pid!,
        databaseUrl: server.databaseUrl,
        levels: (process.env.BENCH_SUBSCRIBERS ?? '1000,5000').split(',').map(Number),
        changes: env('BENCH_CHANGES', 30),
        gapMs: env('BENCH_GAP_MS', 250),
        log,
      });
      printFanOutTable(results.fanOut);
      console.log('(CareBoard: from the UPDATE being sent to each screen holding the new total; raw ws: from the broadcast command to each client. Clients share the 2 cores with the servers.)');
    }

    if (sections.has('writes')) {
      console.log('\n3. Write path: updateInstitution through the API beside the same UPDATE as plain SQL');
      results.writes = await benchWritePath({
        ourUrl: server.url,
        token: await signIn(server.url, 'admin.jz'),
        databaseUrl: server.databaseUrl,
        workers: env('BENCH_WRITERS', 8),
        seconds: env('BENCH_WRITE_SECONDS', 8),
        rounds: env('BENCH_ROUNDS', 2),
        log,
      });
      printWritePathTable(results.writes);
    }
  } finally {
    await server.stop();
  }
  const out = path.join(repoRoot, 'test-results', 'bench.json');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ at: new Date().toISOString(), ...results, writeSummary: results.writes ? writePathSummary(results.writes) : undefined }, null, 2));
  console.log(`\nWhole run: ${Math.round((performance.now() - started) / 1000)} s. Figures also in ${path.relative(repoRoot, out)}.`);
}

await main();
