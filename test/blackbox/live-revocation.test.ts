import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import pg from 'pg';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { collect, wsClient, type Collected } from '../support/ws-client.js';

// An open socket answers to its account as it is now: the database announces every change
// of an account or screen token, and each replica closes the sockets it makes stale.

let api: TestServer;
let adminToken: string;
beforeAll(async () => {
  api = await startTestServer({ NODE_ENV: 'production' });
  adminToken = await api.login('admin.jz');
});
afterAll(() => api?.close());

const FEED = 'subscription { changeFeed(cityCode: "421000", backlog: 0) { seq title } }';
const PASSWORD = 'wall-socket-test-2026';
let serial = 0;

interface Account {
  id: string;
  token: string;
}

/** A new LEADER of 荆州市, signed in, so that revoking it touches no other test. */
async function newLeader(): Promise<Account> {
  const username = `leader.ws${(serial += 1)}`;
  const created = await api.gql<{ createUser: { id: string } }>(
    'mutation($i: UserInput!) { createUser(input: $i) { id } }',
    { i: { username, displayName: `Leader ${serial}`, role: 'LEADER', password: PASSWORD, districtCodes: [] } },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  return { ...created.data!.createUser, token: await api.login(username, PASSWORD) };
}

async function updateUser(account: Account, patch: Record<string, unknown>): Promise<void> {
  // Signing in moves the version on too (the last login is recorded).
  const [{ version }] = (await api.sql<{ version: number }>('select version from app_user where id = $1', [account.id])) as [{ version: number }];
  const res = await api.gql('mutation($id: ID!, $v: Int!, $p: UserPatch!) { updateUser(id: $id, expectedVersion: $v, patch: $p) { id } }', { id: account.id, v: version, p: patch }, adminToken);
  expect(res.errors).toBeUndefined();
}

interface Watcher {
  client: Client;
  feed: Collected<{ changeFeed: { seq: string; title: string } }>;
  /** When the server closed the socket, and with which code. */
  closed: Promise<{ code: number; at: number }>;
}

const open = new Map<TestServer['server'], Set<Watcher>>();

/** A ticker on `url` with `token`, resolved once the server holds its subscription. */
async function watch(token: string, url = api.url, server = api.server): Promise<Watcher> {
  const client = wsClient(url, { connectionParams: { token } });
  const mine = open.get(server) ?? new Set<Watcher>();
  open.set(server, mine);
  const feed = collect<{ changeFeed: { seq: string; title: string } }>(client, FEED);
  const watcher: Watcher = { client, feed, closed: new Promise((resolve) => client.on('closed', (e) => resolve({ code: (e as { code: number }).code, at: Date.now() }))) };
  mine.add(watcher);
  void watcher.closed.then(() => mine.delete(watcher));
  const cityId = (await api.sql<{ id: number }>(`select id from city where code = '421000'`))[0]!.id;
  await expect.poll(() => server.live.feeds.listeners(cityId), { timeout: 5_000, interval: 10 }).toBe(mine.size);
  return watcher;
}

/** Runs `revoke`, then expects the socket closed with 4403 within a second of its return. */
async function expectClosedSoonAfter(watcher: Watcher, revoke: () => Promise<unknown>): Promise<number> {
  await revoke();
  const done = Date.now();
  const outcome = await Promise.race([watcher.closed, new Promise<null>((r) => setTimeout(() => r(null), 3_000))]);
  expect(outcome, 'the socket was still open 3 s after the change').not.toBeNull();
  expect(outcome!.code).toBe(4403);
  const latency = outcome!.at - done;
  expect(latency).toBeLessThan(1_000);
  return latency;
}

async function renameAnInstitution(suffix: string): Promise<void> {
  await api.sql(`update institution set name = name || $1 where id = (select i.id from institution i join district d on d.id = i.district_id where d.code = '421002' order by i.id limit 1)`, [suffix]);
}

describe('sockets of a changed account', () => {
  it('closes a disabled user’s socket with 4403 within a second, with no edit needed', async () => {
    const leader = await newLeader();
    const watcher = await watch(leader.token);
    const latency = await expectClosedSoonAfter(watcher, () => updateUser(leader, { disabled: true }));
    console.log(`disabled user: socket closed ${latency} ms after the mutation returned`);
  });

  it('closes the socket with 4403 when the user is given another role', async () => {
    const leader = await newLeader();
    await expectClosedSoonAfter(await watch(leader.token), () => updateUser(leader, { role: 'ANALYST' }));
  });

  it('closes the socket with 4403 when the role is changed in plain SQL, without a new token version', async () => {
    const leader = await newLeader();
    await expectClosedSoonAfter(await watch(leader.token), () => api.sql(`update app_user set role = 'STAFF' where id = $1`, [leader.id]));
  });

  it('closes the socket with 4403 when the account’s token version moves on (signed out everywhere)', async () => {
    const leader = await newLeader();
    await expectClosedSoonAfter(await watch(leader.token), () => api.sql('update app_user set token_version = token_version + 1 where id = $1', [leader.id]));
  });

  it('closes the socket with 4403 when the user is deleted', async () => {
    const leader = await newLeader();
    await expectClosedSoonAfter(await watch(leader.token), () => api.sql('delete from app_user where id = $1', [leader.id]));
  });

  it('keeps the sockets of other users open, and of this user when only its display name changes', async () => {
    const [revoked, renamed, bystander] = [await newLeader(), await newLeader(), await newLeader()];
    const watchers = [await watch(revoked.token), await watch(renamed.token), await watch(bystander.token)];
    await updateUser(renamed, { displayName: 'Renamed leader' });
    await expectClosedSoonAfter(watchers[0]!, () => updateUser(revoked, { disabled: true }));
    await renameAnInstitution('·仍在');
    for (const watcher of watchers.slice(1)) await watcher.feed.waitFor((m) => m.data?.changeFeed.title.endsWith('·仍在') ?? false);
    await Promise.all(watchers.slice(1).map((w) => w.client.dispose()));
  });

  it('closes a socket on a second replica within a second of the user being disabled through the first', async () => {
    const replica = await api.startReplica();
    const leader = await newLeader();
    const watcher = await watch(leader.token, replica.url, replica);
    const latency = await expectClosedSoonAfter(watcher, () => updateUser(leader, { disabled: true }));
    console.log(`disabled user on a replica: socket closed ${latency} ms after the mutation returned`);
  });

  it('re-checks every socket after the LISTEN connection comes back, closing one whose user was disabled meanwhile', async () => {
    const leader = await newLeader();
    const watcher = await watch(leader.token);
    const listener = api.server.live.listener;
    // Disabled while the server cannot hear it: committed after its LISTEN connection is
    // gone and before it is back, so only the re-check after the resync can tell.
    const db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await db.query('begin');
    await db.query('update app_user set disabled = true where id = $1', [leader.id]);
    await db.query('select pg_terminate_backend($1)', [listener.backendPid]);
    await expect.poll(() => listener.connected, { timeout: 5_000, interval: 1 }).toBe(false);
    await db.query('commit');
    const missedIt = !listener.connected;
    await db.end();
    const outcome = await Promise.race([watcher.closed, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
    expect(outcome?.code).toBe(4403);
    await expect.poll(() => listener.connected, { timeout: 10_000 }).toBe(true);
    expect(missedIt, 'the LISTEN connection was back before the commit, so this run proves nothing').toBe(true);
  });
});

describe('sockets of a revoked screen token', () => {
  it('closes a screen’s socket with 4403 within a second of its token being revoked', async () => {
    const issued = await api.gql<{ issueDisplayToken: { token: string; displayToken: { id: string } } }>(
      'mutation { issueDisplayToken(cityCode: "421000", name: "revocation test") { token displayToken { id } } }',
      {},
      adminToken,
    );
    expect(issued.errors).toBeUndefined();
    const watcher = await watch(issued.data!.issueDisplayToken.token);
    const latency = await expectClosedSoonAfter(watcher, () =>
      api.gql('mutation($id: ID!) { revokeDisplayToken(id: $id) { id } }', { id: issued.data!.issueDisplayToken.displayToken.id }, adminToken),
    );
    console.log(`revoked screen token: socket closed ${latency} ms after the mutation returned`);
  });
});
