// Section 1 alone: node_modules/.bin/tsx --tsconfig tsconfig.json query-throughput.main.ts
// (after `pnpm --filter @careboard/server build`). Starts our server on a fresh embedded
// PostgreSQL with the demo data, PostGraphile v5 on that same database, and times both.
// Settings: BENCH_QUERY_CONNECTIONS (16), BENCH_QUERY_DURATION_S (10), BENCH_QUERY_ROUNDS (2),
// BENCH_POOL_SIZE (10: both servers' connection pools, set explicitly on both).
import { performance } from 'node:perf_hooks';
import { startPostGraphile, type PeerServer } from './peers/postgraphile/start.js';
import { benchQueries, printQueryTable } from './query-throughput.js';
import { signIn, startOurServer } from './support/our-server.js';

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const connections = setting('BENCH_QUERY_CONNECTIONS', 16);
const durationSeconds = setting('BENCH_QUERY_DURATION_S', 10);
const rounds = setting('BENCH_QUERY_ROUNDS', 2);
const poolSize = setting('BENCH_POOL_SIZE', 10);

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const ours = await startOurServer({ DB_POOL_MAX: String(poolSize) });
let peer: PeerServer | undefined;
try {
  console.log(`our server ready at ${ours.url} (${seconds()} s)`);
  peer = await startPostGraphile({ databaseUrl: ours.databaseUrl, poolSize });
  console.log(`PostGraphile ready at ${peer.url} (${seconds()} s)`);
  // Access tokens are short-lived: sign in just before the runs.
  const ourToken = await signIn(ours.url, 'analyst');
  console.log(`query throughput: ${connections} connections, ${durationSeconds} s per run, ${rounds} rounds, pools of ${poolSize}`);
  const rows = await benchQueries({ ourUrl: ours.url, ourToken, peerUrl: peer.url, connections, durationSeconds, rounds, log: console.log });
  printQueryTable(rows);
} finally {
  await peer?.stop();
  await ours.stop();
  console.log(`section took ${seconds()} s`);
}
