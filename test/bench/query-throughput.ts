// Section 1 of `pnpm bench`: query throughput, ours beside PostGraphile v5 on the same
// PostgreSQL and data. Both answers are checked equal first; then autocannon drives each
// server with the same load, alternating ours, PostGraphile, ours, PostGraphile, so drift
// (a warming cache, a busy neighbour) falls on both alike.
import os from 'node:os';
import autocannon from 'autocannon';
import {
  OUR_INSTITUTIONS,
  OUR_OVERVIEW,
  OVERVIEW_VARIABLES,
  PAGE_SIZE,
  PAGE_VARIABLES,
  PEER_INSTITUTIONS,
  PEER_OVERVIEW,
  dataOf,
  sameInstitutionsPage,
  sameOverview,
} from './queries.js';

export type ServerName = 'ours' | 'PostGraphile';
const RATIO = 'ours / PostGraphile';

export interface QueryRow {
  query: string;
  server: ServerName | typeof RATIO;
  /** Mean over the rounds; on the ratio row, ours ÷ PostGraphile (above 1: ours serves more). */
  requestsPerSecond: number;
  /** Mean over the rounds of each round's median; on the ratio row, ours ÷ PostGraphile (below 1: ours is faster). */
  p50Ms: number;
  /** Mean over the rounds of each round's 99th percentile; ratio as for p50Ms. */
  p99Ms: number;
  /** Non-2xx responses, connection errors and timeouts, and failed sample checks; 0 on the ratio row. */
  errors: number;
}

export interface QueryBenchOptions {
  ourUrl: string;
  /** A signed-in viewer's access token: our institutions list requires one. */
  ourToken: string;
  peerUrl: string;
  connections: number;
  durationSeconds: number;
  /** Pairs of runs (ours then PostGraphile) per query. */
  rounds: number;
  /** Length of each server's one warm-up run per query, not counted. */
  warmupSeconds?: number;
  log: (line: string) => void;
}

interface Request {
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface QueryCase {
  name: string;
  ours: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
  differences(ours: unknown, peer: unknown): string[];
}

const CASES: QueryCase[] = [
  {
    name: 'cityOverview (wall)',
    ours: { query: OUR_OVERVIEW, variables: OVERVIEW_VARIABLES },
    peer: { query: PEER_OVERVIEW, variables: OVERVIEW_VARIABLES },
    differences: sameOverview,
  },
  {
    name: `institutions page (${PAGE_SIZE})`,
    ours: { query: OUR_INSTITUTIONS, variables: PAGE_VARIABLES },
    peer: { query: PEER_INSTITUTIONS, variables: PAGE_VARIABLES },
    differences: sameInstitutionsPage,
  },
];

async function send(request: Request): Promise<{ status: number; body: unknown; bytes: number }> {
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text) };
}

interface Run {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function drive(request: Request, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: request.url, method: 'POST', headers: request.headers, body: request.body, connections, duration: seconds });
}

/**
 * One timed run. autocannon counts statuses, not bodies, so a GraphQL error answered with
 * 200 would pass unseen: one request afterwards checks the body still carries data.
 */
async function timedRun(request: Request, connections: number, seconds: number): Promise<Run & { note: string }> {
  const result = await drive(request, connections, seconds);
  let errors = result.non2xx + result.errors;
  let note = '';
  try {
    const sample = await send(request);
    if (sample.status !== 200) throw new Error(`HTTP ${sample.status}`);
    dataOf(sample.body);
  } catch (error) {
    errors += 1;
    note = ` sample check failed: ${(error as Error).message}`;
  }
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors, note };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function summarise(query: string, server: ServerName, runs: readonly Run[]): QueryRow {
  return {
    query,
    server,
    requestsPerSecond: mean(runs.map((r) => r.requestsPerSecond)),
    p50Ms: mean(runs.map((r) => r.p50Ms)),
    p99Ms: mean(runs.map((r) => r.p99Ms)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

export async function benchQueries(options: QueryBenchOptions): Promise<QueryRow[]> {
  const { connections, durationSeconds, rounds, log } = options;
  const warmupSeconds = options.warmupSeconds ?? 3;
  const json = { 'content-type': 'application/json' };
  // PostGraphile runs without JWT or row-level security, so it gets no token.
  const endpoints: Record<ServerName, { url: string; headers: Record<string, string> }> = {
    ours: { url: `${options.ourUrl}/graphql`, headers: { ...json, authorization: `Bearer ${options.ourToken}` } },
    PostGraphile: { url: `${options.peerUrl}/graphql`, headers: json },
  };
  const requestsOf = (c: QueryCase): Record<ServerName, Request> => ({
    ours: { ...endpoints.ours, body: JSON.stringify(c.ours) },
    PostGraphile: { ...endpoints.PostGraphile, body: JSON.stringify(c.peer) },
  });

  // A pair whose answers differ is not timed: it would compare different work.
  for (const c of CASES) {
    const requests = requestsOf(c);
    const [ours, peer] = await Promise.all([send(requests.ours), send(requests.PostGraphile)]);
    const differences = c.differences(ours.body, peer.body);
    if (differences.length > 0) throw new Error(`${c.name}: the answers differ, so it is not timed:\n  ${differences.join('\n  ')}`);
    log(`${c.name}: answers agree (response bodies: ours ${ours.bytes} B, PostGraphile ${peer.bytes} B)`);
  }

  // Both servers, PostgreSQL and autocannon share this machine: say how busy it was.
  const load = () => `load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs`;
  log(`before the runs: ${load()}`);
  const rows: QueryRow[] = [];
  const order: ServerName[] = ['ours', 'PostGraphile'];
  for (const c of CASES) {
    const requests = requestsOf(c);
    for (const server of order) await drive(requests[server], connections, warmupSeconds);
    const runs: Record<ServerName, Run[]> = { ours: [], PostGraphile: [] };
    for (let round = 1; round <= rounds; round += 1) {
      for (const server of order) {
        const run = await timedRun(requests[server], connections, durationSeconds);
        runs[server].push(run);
        log(
          `${c.name} round ${round} ${server}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, errors ${run.errors}${run.note}`,
        );
      }
    }
    const ours = summarise(c.name, 'ours', runs.ours);
    const peer = summarise(c.name, 'PostGraphile', runs.PostGraphile);
    rows.push(ours, peer, {
      query: c.name,
      server: RATIO,
      requestsPerSecond: ours.requestsPerSecond / peer.requestsPerSecond,
      p50Ms: ours.p50Ms / peer.p50Ms,
      p99Ms: ours.p99Ms / peer.p99Ms,
      errors: 0,
    });
  }
  log(`after the runs: ${load()}`);
  return rows;
}

/** The rows as a table; ratio rows read ×n (req/s above 1 and latencies below 1 favour ours). */
export function printQueryTable(rows: readonly QueryRow[]): void {
  const ratio = (x: number) => (Number.isFinite(x) ? `×${x.toFixed(2)}` : 'n/a');
  console.table(
    rows.map((r) =>
      r.server === RATIO
        ? { query: r.query, server: r.server, 'req/s': ratio(r.requestsPerSecond), 'p50 ms': ratio(r.p50Ms), 'p99 ms': ratio(r.p99Ms), errors: '' }
        : { query: r.query, server: r.server, 'req/s': r.requestsPerSecond.toFixed(0), 'p50 ms': r.p50Ms.toFixed(1), 'p99 ms': r.p99Ms.toFixed(1), errors: r.errors },
    ),
  );
  console.log(
    'Note: PostGraphile runs without JWT or row-level security (no token checked, no policy applied), which favours it; ours verifies an ANALYST bearer token and its access rules on every request.',
  );
}
