import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Client } from 'graphql-ws';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';
import { citySlots, openInstitution } from '../support/figures.js';
import { collect, wsClient, type Collected } from '../support/ws-client.js';
import { expectEveryAcknowledgedEditStored, type Acknowledged } from './acknowledged-edits.js';

// Under load (about 50 edits a second, 50 screens and a ticker), PostgreSQL itself is
// stopped (pg_ctl stop -m fast) and started again on the same data folder and port, ten
// times. Meanwhile plain SQL keeps writing a sentinel into another institution and rolling
// it back. The server must stay up, every edit it acknowledged must be in the database
// with its audit entry, no screen or ticker may ever see the rolled-back sentinel, and
// every screen must show the database's figures within 10 seconds of each recovery.
// The database is this file's own: the shared one serves the other files meanwhile.

let database: PrivatePostgres;
let api: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  database = await startPrivatePostgres();
  // Every edit cut by a restart is logged as an internal error with its stack: expected here.
  // Fifty screens on one staff token: past the per-account socket limit of a real deployment.
  api = await startTestServer({ LOG_LEVEL: 'fatal', WS_MAX_SOCKETS_PER_ACCOUNT: '100' }, { databaseUrl: database.databaseUrl });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api?.close();
  await database?.close();
});

const RESTARTS = 10;
const UPDATE = 'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }, reason: "数据库重启测试 / restart test") { version slots } }';
// The most slots an institution may have: thousands above the sentinel institution's own,
// so a city total that includes it stands out from every total the writers can produce.
const SENTINEL = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Overview {
  cityOverview: { slots: number };
}
interface FeedEvent {
  changeFeed: { entityId: number; kind: string; changes: { field: string; after: string | null }[] };
}

describe('PostgreSQL restarted under load', () => {
  it('keeps every acknowledged edit, shows no rolled-back write, and brings every screen back to the database figures after each of ten restarts', async () => {
    const token = await api.login('staff.shashi');
    const targets = await api.sql<{ id: number; version: number; slots: number; enrolled: number }>(
      `select i.id, i.version, i.slots, i.enrolled from institution i join district d on d.id = i.district_id
        where d.code = '421002' and i.closed_on is null order by i.id limit 5`,
    );
    expect(targets).toHaveLength(5);
    const sentinel = await openInstitution(api, '421003');
    expect(sentinel.slots).toBeLessThan(SENTINEL - 1_000);
    const initialTotal = await citySlots(api, '421000');

    let socketsClosed = 0;
    const open = () => {
      const client = wsClient(api.url, { lazy: false, connectionParams: { token } });
      client.on('closed', () => (socketsClosed += 1));
      clients.push(client);
      return client;
    };
    const screens: Collected<Overview>[] = [];
    for (let i = 0; i < 50; i += 1) screens.push(collect<Overview>(open(), 'subscription { cityOverview(code: "421000") { slots } }'));
    const ticker = collect<FeedEvent>(open(), 'subscription { changeFeed(cityCode: "421000", backlog: 0) { entityId kind changes { field after } } }');
    await Promise.all(screens.map((s) => s.waitFor((m) => m.data?.cityOverview.slots !== undefined, 15_000)));
    const socketsBefore = api.server.socket.clientCount;

    const acknowledged: Acknowledged = new Map();
    const acknowledgedAt: number[] = [];
    let refused = 0;
    let stop = false;
    const loadStartedAt = Date.now();
    // Five writers, one institution each, ten edits a second each, at a steady pace.
    const writers = targets.map(async (target, w) => {
      let version = target.version;
      const started = Date.now() + w * 20;
      for (let i = 0; !stop; i += 1) {
        await sleep(Math.max(0, started + i * 100 - Date.now()));
        const sentAt = Date.now();
        const slots = Math.max(target.enrolled, target.slots) + 1 + (i % 7);
        const res = await api.gql<{ updateInstitution: { version: number; slots: number } }>(UPDATE, { id: String(target.id), v: version, s: slots }, token).catch(() => undefined);
        if (res?.status === 200 && res.data?.updateInstitution) {
          version = res.data.updateInstitution.version;
          acknowledged.set(target.id, [...(acknowledged.get(target.id) ?? []), res.data.updateInstitution]);
          acknowledgedAt.push(sentAt);
        } else {
          refused += 1;
          // A write cut after its commit: the conflict names the version the row is at now.
          const current = res?.errors?.find((e) => e.extensions?.code === 'CONFLICT')?.extensions?.currentVersion;
          if (typeof current === 'number') version = current;
        }
      }
    });

    // Plain SQL writes the sentinel and rolls it back, again and again; some of these
    // transactions are cut by a restart instead, which rolls them back too.
    let rolledBack = 0;
    let cutByRestart = 0;
    const rollbacks = (async () => {
      while (!stop) {
        const client = new pg.Client({ connectionString: database.databaseUrl });
        client.on('error', () => undefined);
        let written = false;
        try {
          await client.connect();
          await client.query('begin');
          await client.query('update institution set slots = $2 where id = $1', [sentinel.id, SENTINEL]);
          written = true;
          await sleep(150);
          await client.query('rollback');
          rolledBack += 1;
        } catch {
          if (written) cutByRestart += 1;
        } finally {
          await client.end().catch(() => undefined);
        }
        await sleep(50);
      }
    })();

    // Ten restarts: down for 1 to 2 seconds each; after each, the API must answer edits
    // again and every screen must receive a fresh overview, both within 10 seconds.
    const cycles: { restart: number; 'down ms': number; 'edits back ms': number; 'screens back ms': number }[] = [];
    for (let restart = 1; restart <= RESTARTS; restart += 1) {
      await sleep(1_000);
      const stoppedAt = Date.now();
      await database.stop();
      await sleep(1_000 + (restart % 3) * 500);
      await database.start();
      const backAt = Date.now();
      const seen = screens.map((s) => s.messages.length);
      const screensBack = Promise.all(screens.map((s, i) => s.waitFor((m) => s.messages.indexOf(m) >= seen[i]! && m.data?.cityOverview.slots !== undefined, 10_000).then(() => Date.now() - backAt)));
      let editsBackMs = -1;
      for (const deadline = backAt + 10_000; editsBackMs < 0 && Date.now() < deadline; await sleep(20)) {
        const first = acknowledgedAt.find((at) => at >= backAt);
        if (first !== undefined) editsBackMs = Date.now() - backAt;
      }
      expect(editsBackMs, `edits acknowledged again after restart ${restart}`).toBeGreaterThanOrEqual(0);
      cycles.push({ restart, 'down ms': backAt - stoppedAt, 'edits back ms': editsBackMs, 'screens back ms': Math.max(...(await screensBack)) });
    }
    await sleep(1_000);
    stop = true;
    const loadSeconds = (Date.now() - loadStartedAt) / 1000;
    await Promise.all([...writers, rollbacks]);
    const lastRecovery = Date.now();

    // Every acknowledged edit is in the database, each with its audit entry.
    const edits = await expectEveryAcknowledgedEditStored(api, acknowledged);
    expect(edits).toBeGreaterThan(200);

    // Every screen shows the database's total within 10 seconds of the last recovery.
    const total = await citySlots(api, '421000');
    await Promise.all(screens.map((s) => s.waitFor((m) => m.data?.cityOverview.slots === total, Math.max(0, lastRecovery + 10_000 - Date.now()))));

    // The rolled-back sentinel is nowhere: not in the row, not in the change feed's table,
    // not on any screen, not in the ticker (nothing else writes that institution).
    expect(rolledBack).toBeGreaterThan(10);
    const [row] = await api.sql<{ slots: number; version: number }>('select slots, version from institution where id = $1', [sentinel.id]);
    expect(row).toEqual({ slots: sentinel.slots, version: sentinel.version });
    const [events] = await api.sql<{ n: number }>(`select count(*)::int n from change_event where table_name = 'institution' and entity_id = $1`, [sentinel.id]);
    expect(events!.n).toBe(0);
    // Each writer only raises its institution by 1 to 7 slots: every total a screen shows is
    // within 35 of the first, and the sentinel would add thousands.
    const totalsSeen = screens.flatMap((s) => s.messages.map((m) => m.data?.cityOverview.slots));
    expect(totalsSeen.filter((t) => t === undefined || t < initialTotal || t > initialTotal + 35)).toEqual([]);
    expect(ticker.messages.filter((m) => m.data?.changeFeed.entityId === sentinel.id || m.data?.changeFeed.changes.some((c) => c.after === String(SENTINEL)))).toEqual([]);
    expect(ticker.messages.filter((m) => m.data?.changeFeed.kind === 'INSTITUTION').length).toBeGreaterThan(0);
    expect(ticker.messages.filter((m) => m.errors)).toEqual([]);

    // The server never went down and kept every screen's socket.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect((await api.gql<{ city: { slots: number } }>('{ city(code: "421000") { slots } }')).data?.city.slots).toBe(total);
    expect(socketsClosed).toBe(0);
    expect(api.server.socket.clientCount).toBe(socketsBefore);

    const longest = Math.max(...cycles.map((c) => Math.max(c['edits back ms'], c['screens back ms'])));
    console.table(cycles);
    console.log(
      `pg-restart: ${edits} edits acknowledged, ${refused} refused (${Math.round((edits + refused) / loadSeconds)} sent a second), ${RESTARTS} restarts of PostgreSQL, longest recovery ${longest} ms; ` +
        `sentinel written and rolled back ${rolledBack} times (${cutByRestart} more cut by a restart), seen by no screen nor ticker; 50 screens back on ${total}`,
    );
    for (const s of [...screens, ticker]) s.stop();
  }, 150_000);
});
