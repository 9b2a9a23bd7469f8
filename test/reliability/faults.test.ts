import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { citySlots } from '../support/figures.js';
import { collect, wsClient, type Collected } from '../support/ws-client.js';
import type { Client } from 'graphql-ws';
import { expectEveryAcknowledgedEditStored, type Acknowledged } from './acknowledged-edits.js';

// Under load (about 50 edits a second and 50 screens), every database connection of the
// server is cut three times with pg_terminate_backend. The server must stay up, every edit
// it acknowledged must be in the database with its audit entry, and every screen must show
// the database's figures within 10 seconds of the last cut.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

const UPDATE = 'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }, reason: "故障测试 / fault test") { version slots } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults under load', () => {
  it('keeps every acknowledged edit and brings every screen back to the database figures after its connections are cut', async () => {
    const token = await api.login('staff.shashi');
    const targets = await api.sql<{ id: number; version: number; slots: number; enrolled: number }>(
      `select i.id, i.version, i.slots, i.enrolled from institution i join district d on d.id = i.district_id
        where d.code = '421002' and i.closed_on is null order by i.id limit 5`,
    );
    const clients: Client[] = [];
    const screens: Collected<{ cityOverview: { slots: number } }>[] = [];
    for (let i = 0; i < 50; i += 1) {
      const client = wsClient(api.url, { lazy: false });
      clients.push(client);
      screens.push(collect(client, 'subscription { cityOverview(code: "421000") { slots } }'));
    }
    await Promise.all(screens.map((s) => s.waitFor((m) => m.data?.cityOverview.slots !== undefined, 15_000)));

    const acknowledged: Acknowledged = new Map();
    let refused = 0;
    let stop = false;
    // Five writers, one institution each, about ten edits a second each.
    const writers = targets.map(async (target) => {
      let version = target.version;
      for (let i = 0; !stop; i += 1) {
        const slots = Math.max(target.enrolled, target.slots) + 1 + (i % 7);
        const res = await api.gql<{ updateInstitution: { version: number; slots: number } }>(UPDATE, { id: String(target.id), v: version, s: slots }, token).catch(() => undefined);
        if (res?.status === 200 && res.data?.updateInstitution) {
          version = res.data.updateInstitution.version;
          acknowledged.set(target.id, [...(acknowledged.get(target.id) ?? []), res.data.updateInstitution]);
        } else {
          refused += 1;
          // The connection may have been cut after the commit: read where the row stands now.
          const [row] = await api.sql<{ version: number }>('select version from institution where id = $1', [target.id]).catch(() => [undefined]);
          if (row) version = row.version;
        }
        await sleep(100);
      }
    });

    const [database] = await api.sql<{ name: string }>('select current_database() as name');
    for (let cut = 0; cut < 3; cut += 1) {
      await sleep(2_000);
      const cutOff = await api.sql<{ ok: boolean }>('select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database!.name]);
      expect(cutOff.length).toBeGreaterThan(0);
    }
    await sleep(2_000);
    stop = true;
    await Promise.all(writers);

    // Every acknowledged edit is in the database, each with its audit entry.
    const edits = await expectEveryAcknowledgedEditStored(api, acknowledged);
    expect(edits).toBeGreaterThan(100);

    // Every screen shows the database's total within 10 seconds.
    const total = await citySlots(api, '421000');
    await Promise.all(screens.map((s) => s.waitFor((m) => m.data?.cityOverview.slots === total, 10_000)));
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    console.log(`faults: ${edits} edits acknowledged, ${refused} not, 3 cuts of every connection, 50 screens back on ${total}`);
    for (const s of screens) s.stop();
    await Promise.all(clients.map((c) => c.dispose()));
  }, 120_000);
});
