// Section 3 of pnpm bench: updates per second through the API (sign-in check, validation,
// authorisation, optimistic lock, audit entry, change event and NOTIFY, one transaction
// each) beside the same updates as plain SQL on the same table (whose triggers still write
// the change event and NOTIFY). Workers each own one institution and update it in a loop.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { round } from './support/stats.js';

export interface WritePathRow {
  path: 'API (updateInstitution)' | 'plain SQL (UPDATE)';
  round: number;
  updates: number;
  failures: number;
  perSecond: number;
}

export interface WritePathOptions {
  ourUrl: string;
  /** A CITY_ADMIN of Jingzhou: allowed to edit every institution used here. */
  token: string;
  databaseUrl: string;
  workers: number;
  seconds: number;
  rounds: number;
  log: (line: string) => void;
}

const MUTATION = `mutation Bench($id: ID!, $v: Int!, $slots: Int!) {
  updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $slots }, reason: "基准测试 / benchmark") { version slots }
}`;

interface Target {
  id: number;
  base: number;
}

/** One POST over a kept-alive connection: lighter on the shared cores than fetch. */
function post(agent: http.Agent, url: URL, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function throughApi(options: WritePathOptions, targets: Target[], db: pg.Pool): Promise<{ updates: number; failures: number; ms: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: targets.length });
  const url = new URL('/graphql', options.ourUrl);
  let updates = 0;
  let failures = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    targets.map(async (target) => {
      let version = (await db.query<{ version: number }>('select version from institution where id = $1', [target.id])).rows[0]!.version;
      for (let i = 0; performance.now() < until; i += 1) {
        const response = await post(agent, url, options.token, JSON.stringify({ query: MUTATION, variables: { id: String(target.id), v: version, slots: target.base + 1 + (i % 2) } }));
        const body = JSON.parse(response.text) as { data?: { updateInstitution: { version: number } } | null; errors?: unknown[] };
        if (response.status === 200 && body.data?.updateInstitution) {
          version = body.data.updateInstitution.version;
          updates += 1;
        } else {
          failures += 1;
          if (failures === 1) options.log(`  first API failure: ${JSON.stringify(body).slice(0, 300)}`);
          version = (await db.query<{ version: number }>('select version from institution where id = $1', [target.id])).rows[0]!.version;
        }
      }
    }),
  );
  const ms = performance.now() - started;
  agent.destroy();
  return { updates, failures, ms };
}

async function throughSql(options: WritePathOptions, targets: Target[], db: pg.Pool): Promise<{ updates: number; failures: number; ms: number }> {
  let updates = 0;
  let failures = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    targets.map(async (target) => {
      const client = await db.connect();
      try {
        let version = (await client.query<{ version: number }>('select version from institution where id = $1', [target.id])).rows[0]!.version;
        for (let i = 0; performance.now() < until; i += 1) {
          const result = await client.query<{ version: number }>(
            'update institution set slots = $1, version = version + 1, updated_at = now() where id = $2 and version = $3 returning version',
            [target.base + 1 + (i % 2), target.id, version],
          );
          const row = result.rows[0];
          if (row) {
            version = row.version;
            updates += 1;
          } else {
            failures += 1;
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  return { updates, failures, ms: performance.now() - started };
}

export async function benchWritePath(options: WritePathOptions): Promise<WritePathRow[]> {
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: options.workers + 2 });
  const rows: WritePathRow[] = [];
  try {
    // Open institutions of Jingzhou with room above their enrolment, one per worker.
    const targets = (
      await db.query<{ id: number; slots: number }>(
        `select i.id, i.slots from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
         where c.code = '421000' and i.closed_on is null order by i.id desc limit $1`,
        [options.workers],
      )
    ).rows.map((r) => ({ id: r.id, base: r.slots }));
    // Warm-up, discarded: connection pools, JIT, plan caches.
    await throughApi({ ...options, seconds: 1 }, targets, db);
    await throughSql({ ...options, seconds: 1 }, targets, db);
    for (let r = 1; r <= options.rounds; r += 1) {
      const api = await throughApi(options, targets, db);
      rows.push({ path: 'API (updateInstitution)', round: r, updates: api.updates, failures: api.failures, perSecond: round(api.updates / (api.ms / 1000), 0) });
      const sql = await throughSql(options, targets, db);
      rows.push({ path: 'plain SQL (UPDATE)', round: r, updates: sql.updates, failures: sql.failures, perSecond: round(sql.updates / (sql.ms / 1000), 0) });
    }
  } finally {
    await db.end();
  }
  return rows;
}

export function writePathSummary(rows: WritePathRow[]): { apiPerSecond: number; sqlPerSecond: number; ratio: number; failures: number } {
  const mean = (path: WritePathRow['path']) => {
    const mine = rows.filter((r) => r.path === path);
    return mine.reduce((s, r) => s + r.perSecond, 0) / mine.length;
  };
  const apiPerSecond = round(mean('API (updateInstitution)'), 0);
  const sqlPerSecond = round(mean('plain SQL (UPDATE)'), 0);
  return { apiPerSecond, sqlPerSecond, ratio: round(apiPerSecond / sqlPerSecond, 2), failures: rows.reduce((s, r) => s + r.failures, 0) };
}

export function printWritePathTable(rows: WritePathRow[]): void {
  console.table(rows.map((r) => ({ path: r.path, round: r.round, updates: r.updates, failures: r.failures, 'per second': r.perSecond })));
  const s = writePathSummary(rows);
  console.table([{ 'API per second': s.apiPerSecond, 'plain SQL per second': s.sqlPerSecond, 'API / SQL': s.ratio, failures: s.failures }]);
}
