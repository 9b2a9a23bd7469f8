// Section 2 of pnpm bench: cityOverview fan-out to many screens, beside a raw ws server
// sending a message of the same size to the same number of clients.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { lightClients, type LightClients } from './support/light-clients.js';
import { percentile, residentMB, round, sleep } from './support/stats.js';
import { startRawWsPeer } from './peers/raw-ws/start.js';
import { WALL_OVERVIEW as WALL_SUBSCRIPTION } from '../../dashboard/src/wall/graphql/operations.js';

export interface FanOutRow {
  server: 'CareBoard' | 'raw ws';
  subscribers: number;
  changes: number;
  /** Median over the changes of the first screen's latency: the time to the first byte out. */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  deliveriesPerSecond: number;
  missing: number;
  /** Resident memory added per subscriber since the previous level (see memoryGrowth). */
  rssPerSubscriberKB: number;
  payloadBytes: number;
}

export interface FanOutOptions {
  ourUrl: string;
  ourPid: number;
  databaseUrl: string;
  levels: number[];
  changes: number;
  gapMs: number;
  log: (line: string) => void;
}

/** Changes sent first at each level and not counted, the same for both servers (JIT, buffers). */
const WARM_UP_CHANGES = 3;

interface Trial {
  /** Starts one change and returns the time it started and the total the screens must show. */
  trigger(): Promise<{ at: number; total: number }>;
}

/**
 * Runs `changes` changes one at a time, each waiting for every client (or 10 s), and
 * returns the latencies from the change's start to each arrival, and the time spent.
 */
async function measure(clients: LightClients, trial: Trial, changes: number, gapMs: number): Promise<{ latencies: number[]; firsts: number[]; deliveringMs: number; missing: number }> {
  const latencies: number[] = [];
  const firsts: number[] = [];
  let deliveringMs = 0;
  let missing = 0;
  for (let c = 0; c < changes; c += 1) {
    const arrivals: number[] = [];
    let want = -1;
    clients.onTotal = (total, at) => {
      if (total === want) arrivals.push(at);
    };
    const { at } = await trial.trigger().then((t) => ((want = t.total), t));
    const deadline = at + 10_000;
    while (arrivals.length < clients.size && performance.now() < deadline) await sleep(2);
    for (const t of arrivals) latencies.push(t - at);
    if (arrivals.length > 0) {
      deliveringMs += Math.max(...arrivals) - at;
      firsts.push(Math.min(...arrivals) - at);
    }
    missing += clients.size - arrivals.length;
    await sleep(gapMs);
  }
  clients.onTotal = () => undefined;
  return { latencies: latencies.sort((a, b) => a - b), firsts: firsts.sort((a, b) => a - b), deliveringMs, missing };
}

function row(server: FanOutRow['server'], subscribers: number, changes: number, m: Awaited<ReturnType<typeof measure>>, rssPerSubscriberKB: number, payloadBytes: number): FanOutRow {
  const delivered = m.latencies.length;
  return {
    server,
    subscribers,
    changes,
    firstMs: round(percentile(m.firsts, 50)),
    p50Ms: round(percentile(m.latencies, 50)),
    p99Ms: round(percentile(m.latencies, 99)),
    maxMs: round(m.latencies.at(-1) ?? NaN),
    deliveriesPerSecond: Math.round(delivered / (m.deliveringMs / 1000)),
    missing: m.missing,
    rssPerSubscriberKB: round(rssPerSubscriberKB),
    payloadBytes,
  };
}

/**
 * Memory per subscriber as the growth of the server's resident set from one level to the
 * next, divided by the subscribers added; the first level is compared with the server idle
 * after a warm-up (100 subscribers connected and gone), not fresh from start-up, whose
 * transient memory would otherwise make the growth look negative.
 */
async function memoryGrowth(pid: number, warmUpClients: () => LightClients): Promise<(level: number) => Promise<number>> {
  const warmUp = warmUpClients();
  await warmUp.open(100);
  await warmUp.close();
  await sleep(2_000);
  let previous = { rssMB: await residentMB(pid), subscribers: 0 };
  return async (level) => {
    await sleep(1_000);
    const rssMB = await residentMB(pid);
    const perSubscriberKB = ((rssMB - previous.rssMB) * 1024) / (level - previous.subscribers);
    previous = { rssMB, subscribers: level };
    return perSubscriberKB;
  };
}

export async function benchFanOut(options: FanOutOptions): Promise<FanOutRow[]> {
  const rows: FanOutRow[] = [];
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  const ours = lightClients(`${options.ourUrl.replace(/^http/, 'ws')}/graphql`, { graphqlWs: true, query: WALL_SUBSCRIPTION, variables: { code: '421000' } });
  let payload = '';
  try {
    const ids = (
      await db.query<{ id: number }>(
        `select i.id from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000' and i.closed_on is null order by i.id limit 20`,
      )
    ).rows.map((r) => r.id);
    const totalNow = async () =>
      Number((await db.query<{ n: string }>(`select sum(i.slots) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id where c.code = '421000' and i.closed_on is null`)).rows[0]!.n);
    let total = await totalNow();
    let changeNo = 0;
    const commit: Trial = {
      async trigger() {
        const at = performance.now();
        total += 1;
        await db.query('update institution set slots = slots + 1 where id = $1', [ids[changeNo++ % ids.length]]);
        return { at, total };
      },
    };
    const growth = await memoryGrowth(options.ourPid, () => lightClients(`${options.ourUrl.replace(/^http/, 'ws')}/graphql`, { graphqlWs: true, query: WALL_SUBSCRIPTION, variables: { code: '421000' } }));
    for (const level of options.levels) {
      const started = performance.now();
      await ours.open(level - ours.size);
      options.log(`  CareBoard: ${level} subscribers connected and holding a snapshot in ${Math.round(performance.now() - started)} ms`);
      const perSubscriber = await growth(level);
      await measure(ours, commit, WARM_UP_CHANGES, options.gapMs);
      const m = await measure(ours, commit, options.changes, options.gapMs);
      payload = ours.sample ? String(ours.sample) : payload;
      rows.push(row('CareBoard', level, options.changes, m, perSubscriber, ours.sample?.length ?? 0));
    }
  } finally {
    await ours.close();
    await db.end();
  }

  // The same sizes through the raw peer: our real message, with the total changed each time.
  const peer = await startRawWsPeer();
  const raw = lightClients(peer.url, { graphqlWs: false });
  try {
    const growth = await memoryGrowth(peer.pid, () => lightClients(peer.url, { graphqlWs: false }));
    let total = 1_000_000;
    const broadcast: Trial = {
      trigger() {
        total += 1;
        const message = payload.replace(/"slots":\d+/, `"slots":${total}`);
        const at = performance.now();
        peer.broadcast(message);
        return Promise.resolve({ at, total });
      },
    };
    for (const level of options.levels) {
      await raw.open(level - raw.size);
      const perSubscriber = await growth(level);
      await measure(raw, broadcast, WARM_UP_CHANGES, options.gapMs);
      const m = await measure(raw, broadcast, options.changes, options.gapMs);
      rows.push(row('raw ws', level, options.changes, m, perSubscriber, Buffer.byteLength(payload)));
    }
  } finally {
    await raw.close();
    await peer.stop();
  }
  return rows;
}

export function printFanOutTable(rows: FanOutRow[]): void {
  const table = rows.map((r) => {
    const rawRow = rows.find((x) => x.server === 'raw ws' && x.subscribers === r.subscribers);
    return {
      server: r.server,
      subscribers: r.subscribers,
      'first ms': r.firstMs,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'max ms': r.maxMs,
      'deliveries/s': r.deliveriesPerSecond,
      'deliveries vs raw ws': rawRow ? round(r.deliveriesPerSecond / rawRow.deliveriesPerSecond, 2) : NaN,
      missing: r.missing,
      'RSS per added subscriber (KB)': r.rssPerSubscriberKB,
      'message bytes': r.payloadBytes,
    };
  });
  console.table(table);
}
