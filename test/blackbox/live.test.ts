import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import pg from 'pg';
import WebSocket from 'ws';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/test-server.js';
import { closeCodeOf, collect, wsClient } from '../support/ws-client.js';
import { citySlots, openInstitution } from '../support/figures.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface Overview {
  cityOverview: { slots: number; districts: { code: string; slots: number }[] };
}

const OVERVIEW = 'subscription($code: String!) { cityOverview(code: $code) { slots districts { code slots } } }';



const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The highest sequence number the server's LISTEN connection has handed to the hubs so far. */
function noticesSeen(): { readonly seq: bigint; stop(): void } {
  const seen = { seq: 0n, stop: () => void api.server.live.listener.off('change', record) };
  // Registered after the hubs' own handler, so a notice seen here has already reached them.
  function record(notice: { seq: string }): void {
    if (BigInt(notice.seq) > seen.seq) seen.seq = BigInt(notice.seq);
  }
  api.server.live.listener.on('change', record);
  return seen;
}

async function newestSeq(): Promise<bigint> {
  const [row] = await api.sql<{ seq: string }>('select max(id)::text as seq from change_event');
  return BigInt(row!.seq);
}

async function cityId(code: string): Promise<number> {
  const [row] = await api.sql<{ id: number }>('select id from city where code = $1', [code]);
  return row!.id;
}

/** Waits until the city's change feed has exactly `count` listeners: a subscription is registered, or gone. */
async function feedListeners(code: string, count: number): Promise<void> {
  const id = await cityId(code);
  await expect.poll(() => api.server.live.feeds.listeners(id), { timeout: 5_000 }).toBe(count);
}

describe('cityOverview over graphql-ws', () => {
  it('sends the current overview first, then a fresh one after a change made through the API', async () => {
    const client = wsClient(api.url);
    const feed = collect<Overview>(client, OVERVIEW, { code: '421000' });
    const first = await feed.waitFor(() => true);
    expect(first.data?.cityOverview.slots).toBe(await citySlots(api, '421000'));

    const target = await openInstitution(api, '421002');
    const token = await api.login('staff.shashi');
    const res = await api.gql(`mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: ${target.slots + 9} }) { id } }`, { id: String(target.id), v: target.version }, token);
    expect(res.errors).toBeUndefined();
    const expected = await citySlots(api, '421000');
    const updated = await feed.waitFor((m) => m.data?.cityOverview.slots === expected);
    expect(updated.data?.cityOverview.districts.reduce((s, d) => s + d.slots, 0)).toBe(expected);
    feed.stop();
    await client.dispose();
  });

  it('sends nothing for a rolled-back change, and the next committed one arrives alone', async () => {
    const client = wsClient(api.url);
    const feed = collect<Overview>(client, OVERVIEW, { code: '421000' });
    const other = collect<Overview>(client, OVERVIEW, { code: '320700' });
    await Promise.all([feed.waitFor(() => true), other.waitFor(() => true)]);
    const count = feed.messages.length;
    const computed = api.server.live.overviews.computationsOf('421000');
    const db = new pg.Client({ connectionString: api.databaseUrl });
    await db.connect();
    await db.query('begin');
    await db.query(`update institution set slots = slots + 500 where id = $1`, [(await openInstitution(api, '421003')).id]);
    await db.query('rollback');
    // The barrier: notices come over one LISTEN connection in commit order, so once the other
    // city's later commit has reached its screen, a notice of the rolled-back change would
    // have been handled, and its overview computed once the hub is idle for the city.
    await db.query(`update institution set slots = slots + 1 where id = $1`, [(await openInstitution(api, '320706')).id]);
    const otherExpected = await citySlots(api, '320700');
    await other.waitFor((m) => m.data?.cityOverview.slots === otherExpected);
    await expect.poll(() => api.server.live.overviews.idle('421000')).toBe(true);
    expect(api.server.live.overviews.computationsOf('421000')).toBe(computed);
    expect(feed.messages.length).toBe(count);
    await db.query(`update institution set slots = slots + 2 where id = $1`, [(await openInstitution(api, '421003')).id]);
    await db.end();
    const expected = await citySlots(api, '421000');
    await feed.waitFor((m) => m.data?.cityOverview.slots === expected);
    expect(feed.messages.slice(count).every((m) => m.data?.cityOverview.slots !== expected + 500)).toBe(true);
    feed.stop();
    other.stop();
    await client.dispose();
  });

  it('reaches a subscriber with a burst of 100 updates as a few overviews whose last one is exact', async () => {
    const client = wsClient(api.url);
    const feed = collect<Overview>(client, OVERVIEW, { code: '320700' });
    await feed.waitFor(() => true);
    const before = feed.messages.length;
    const computed = api.server.live.overviews.computationsOf('320700');
    const seen = noticesSeen();
    const ids = (await api.sql<{ id: number }>(`select i.id from institution i join district d on d.id = i.district_id where d.code = '320706' and i.closed_on is null order by i.id limit 10`)).map((r) => r.id);
    for (let i = 0; i < 100; i += 1) await api.sql('update institution set slots = slots + 1 where id = $1', [ids[i % ids.length]]);
    const expected = await citySlots(api, '320700');
    await feed.waitFor((m) => m.data?.cityOverview.slots === expected);
    // Every notice of the burst handled, every computation it caused done and received:
    // nothing more is coming, so the count is final.
    const last = await newestSeq();
    await expect.poll(() => seen.seq >= last).toBe(true);
    seen.stop();
    await expect.poll(() => api.server.live.overviews.idle('320700')).toBe(true);
    await expect.poll(() => feed.messages.length - before).toBe(api.server.live.overviews.computationsOf('320700') - computed);
    const during = feed.messages.slice(before);
    expect(during.at(-1)?.data?.cityOverview.slots).toBe(expected);
    expect(during.length).toBeGreaterThan(0);
    expect(during.length).toBeLessThan(50);
    feed.stop();
    await client.dispose();
  });

  it('computes and serialises an overview once per change however many screens subscribe', async () => {
    const clients = Array.from({ length: 5 }, () => wsClient(api.url));
    const feeds = clients.map((c) => collect<Overview>(c, OVERVIEW, { code: '421000' }));
    await Promise.all(feeds.map((f) => f.waitFor(() => true)));
    expect(api.server.socket.shared.groupCount).toBe(1);
    const computations = api.server.live.overviews.computations;
    const executions = api.server.socket.shared.executions;
    await api.sql('update institution set slots = slots + 1 where id = $1', [(await openInstitution(api, '421002')).id]);
    const expected = await citySlots(api, '421000');
    await Promise.all(feeds.map((f) => f.waitFor((m) => m.data?.cityOverview.slots === expected)));
    expect(api.server.live.overviews.computations - computations).toBe(1);
    expect(api.server.socket.shared.executions - executions).toBe(1);
    feeds.forEach((f) => f.stop());
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('after pg_terminate_backend on the LISTEN connection, resyncs subscribers and delivers every later change', async () => {
    const client = wsClient(api.url);
    const feed = collect<Overview>(client, OVERVIEW, { code: '421000' });
    await feed.waitFor(() => true);
    const pid = api.server.live.listener.backendPid;
    expect(pid).toBeGreaterThan(0);
    const count = feed.messages.length;
    await api.sql('select pg_terminate_backend($1)', [pid]);
    // A change made while the feed is down can only reach the screen through the resync.
    await api.sql('update institution set slots = slots + 4 where id = $1', [(await openInstitution(api, '421081')).id]);
    const missed = await citySlots(api, '421000');
    await feed.waitFor((m) => m.data?.cityOverview.slots === missed, 10_000);
    expect(feed.messages.length).toBeGreaterThan(count);
    await expect.poll(() => api.server.live.listener.connected, { timeout: 10_000 }).toBe(true);
    expect(api.server.live.listener.backendPid).not.toBe(pid);
    await api.sql('update institution set slots = slots + 6 where id = $1', [(await openInstitution(api, '421081')).id]);
    const later = await citySlots(api, '421000');
    await feed.waitFor((m) => m.data?.cityOverview.slots === later, 10_000);
    feed.stop();
    await client.dispose();
  });
});

describe('replicas', () => {
  it('brings a change through either replica, or by plain SQL, to subscribers on both', async () => {
    const replica = await api.startReplica();
    const clientA = wsClient(api.url);
    const clientB = wsClient(replica.url);
    const onA = collect<Overview>(clientA, OVERVIEW, { code: '421000' });
    const onB = collect<Overview>(clientB, OVERVIEW, { code: '421000' });
    await Promise.all([onA.waitFor(() => true), onB.waitFor(() => true)]);

    const target = await openInstitution(api, '421002');
    const token = await api.login('staff.shashi');
    const viaReplica = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: ${target.slots + 3} }) { id } }`, variables: { id: String(target.id), v: target.version } }),
    });
    expect(((await viaReplica.json()) as { errors?: unknown }).errors).toBeUndefined();
    const afterMutation = await citySlots(api, '421000');
    await Promise.all([onA, onB].map((f) => f.waitFor((m) => m.data?.cityOverview.slots === afterMutation)));

    const current = await openInstitution(api, '421002');
    const viaPrimary = await api.gql(`mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: ${current.slots + 2} }) { id } }`, { id: String(current.id), v: current.version }, token);
    expect(viaPrimary.errors).toBeUndefined();
    const afterPrimary = await citySlots(api, '421000');
    await Promise.all([onA, onB].map((f) => f.waitFor((m) => m.data?.cityOverview.slots === afterPrimary)));

    await api.sql('update institution set slots = slots + 1 where id = $1', [target.id]);
    const afterSql = await citySlots(api, '421000');
    await Promise.all([onA, onB].map((f) => f.waitFor((m) => m.data?.cityOverview.slots === afterSql)));
    onA.stop();
    onB.stop();
    await Promise.all([clientA.dispose(), clientB.dispose()]);
  });
});

describe('changeFeed and institutionChanged', () => {
  interface Event {
    changeFeed: { seq: string; kind: string; title: string; districtCode: string; actorRole: string | null; changes: { field: string; before: string; after: string }[] };
  }
  const FEED = 'subscription($c: String!) { changeFeed(cityCode: $c, backlog: 0) { seq kind title districtCode actorRole changes { field before after } } }';

  it('tells the ticker what changed, old and new, who changed it, with increasing sequence numbers', async () => {
    const client = wsClient(api.url, { connectionParams: { token: await api.login('leader.jz') } });
    await feedListeners('421000', 0);
    const feed = collect<Event>(client, FEED, { c: '421000' });
    await feedListeners('421000', 1);
    const target = await openInstitution(api, '421002');
    const token = await api.login('staff.shashi');
    await api.gql(`mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: ${target.slots + 5} }) { id } }`, { id: String(target.id), v: target.version }, token);
    await api.sql('update institution set enrolled = greatest(enrolled - 1, 0) where id = $1', [target.id]);
    const viaApi = await feed.waitFor((m) => m.data?.changeFeed.changes.some((c) => c.field === 'slots' && c.after === String(target.slots + 5)) ?? false);
    expect(viaApi.data?.changeFeed).toMatchObject({ kind: 'INSTITUTION', districtCode: '421002', actorRole: 'STAFF', changes: [{ field: 'slots', before: String(target.slots), after: String(target.slots + 5) }] });
    const viaSql = await feed.waitFor((m) => m.data?.changeFeed.changes.some((c) => c.field === 'enrolled') ?? false);
    expect(viaSql.data?.changeFeed.actorRole).toBeNull();
    expect(BigInt(viaSql.data!.changeFeed.seq)).toBeGreaterThan(BigInt(viaApi.data!.changeFeed.seq));
    feed.stop();
    await client.dispose();
  });

  it('refuses the ticker to anonymous screens and screens of another city', async () => {
    const anonymous = wsClient(api.url);
    const feed = collect<Event>(anonymous, FEED, { c: '421000' });
    const refused = await feed.waitFor((m) => !!m.errors);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.dispose();
    const other = wsClient(api.url, { connectionParams: { token: await api.login('leader.lyg') } });
    const otherFeed = collect<Event>(other, FEED, { c: '421000' });
    expect((await otherFeed.waitFor((m) => !!m.errors)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await other.dispose();
  });

  it('pushes each changed institution of a district to the staff page', async () => {
    const client = wsClient(api.url, { connectionParams: { token: await api.login('staff.shashi') } });
    await feedListeners('421000', 0);
    const feed = collect<{ institutionChanged: { id: string; slots: number } }>(client, 'subscription { institutionChanged(districtCode: "421002") { id slots } }');
    await feedListeners('421000', 1);
    const target = await openInstitution(api, '421002');
    await api.sql('update institution set slots = slots + 1 where id = $1', [target.id]);
    const message = await feed.waitFor((m) => m.data?.institutionChanged.id === String(target.id));
    expect(message.data?.institutionChanged.slots).toBe(target.slots + 1);
    feed.stop();
    await client.dispose();
  });
});

describe('socket security and limits', () => {
  it('closes a connection with a bad token with 4403', async () => {
    const client = wsClient(api.url, { connectionParams: { token: 'not-a-token' }, lazy: false });
    expect(await closeCodeOf(client)).toBe(4403);
    await client.dispose();
  });

  it('closes a connection with 4403 when its token expires', async () => {
    const [leader] = await api.sql<{ id: number; token_version: number }>(`select id, token_version from app_user where username = 'leader.jz'`);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: 'LEADER', ver: leader!.token_version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('careboard').setAudience('careboard-api')
      .setSubject(String(leader!.id)).setIssuedAt(now).setExpirationTime(now + 2)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const client = wsClient(api.url, { connectionParams: { token }, lazy: false });
    const started = Date.now();
    expect(await closeCodeOf(client)).toBe(4403);
    expect(Date.now() - started).toBeGreaterThan(1000);
    await client.dispose();
  });

  it('keeps a connection open past its first token when a fresh token arrives in a ping', async () => {
    const [leader] = await api.sql<{ id: number; token_version: number }>(`select id, token_version from app_user where username = 'leader.jz'`);
    const sign = (seconds: number) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ role: 'LEADER', ver: leader!.token_version })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('careboard').setAudience('careboard-api')
        .setSubject(String(leader!.id)).setIssuedAt(now).setExpirationTime(now + seconds)
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    };
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { token: await sign(2) } }));
    await new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'ping', payload: { token: await sign(60) } }));
    const outcome = await Promise.race([closed, sleep(3_500).then(() => 'open')]);
    expect(outcome).toBe('open');
    socket.close(1000);
  });

  it('applies the depth limit to operations sent over the socket', async () => {
    const client = wsClient(api.url);
    // city { districts { institutions(first: 1) { district { ... name } } } }: 11 fields deep.
    const path = ['districts'];
    while (path.length < 9) path.push(path.length % 2 === 1 ? 'institutions(first: 1)' : 'district');
    const deep = path.reduceRight((inner, field) => `${field} { ${inner} }`, 'name');
    const refused = collect(client, `query { city(code: "421000") { ${deep} } }`);
    const message = await refused.waitFor((m) => !!m.errors);
    expect(message.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP' });
    await client.dispose();
  });

  it('closes a connection that sends a message over 64 KB with 1009', async () => {
    const client = wsClient(api.url, { lazy: false });
    const closed = closeCodeOf(client);
    const big = collect(client, `query { cities { code } } # ${'x'.repeat(70_000)}`);
    expect(await closed).toBe(1009);
    big.stop();
    await client.dispose();
  });
});

describe('change feed retention', () => {
  it('prunes change events older than the retention period and keeps recent ones', async () => {
    const { pruneChangeEvents } = await import('../../server/src/live/retention.js');
    await api.sql(`insert into change_event (at, table_name, op, entity_id, city_id) values (now() - interval '40 days', 'institution', 'UPDATE', 1, 1), (now() - interval '1 day', 'institution', 'UPDATE', 1, 1)`);
    const [before] = await api.sql<{ old: string; recent: string }>(`select count(*) filter (where at < now() - interval '30 days') old, count(*) filter (where at >= now() - interval '30 days') recent from change_event`);
    expect(Number(before!.old)).toBeGreaterThan(0);
    expect(await pruneChangeEvents(api.server.db.orm, 30)).toBe(Number(before!.old));
    const [after] = await api.sql<{ old: string; recent: string }>(`select count(*) filter (where at < now() - interval '30 days') old, count(*) filter (where at >= now() - interval '30 days') recent from change_event`);
    expect(after).toEqual({ old: '0', recent: before!.recent });
  });
});

describe('server restart', () => {
  it('lets a graphql-ws client with retries resubscribe after a restart and get the current snapshot', async () => {
    const client = wsClient(api.url, { retryAttempts: 20, retryWait: async () => { await sleep(200); }, shouldRetry: () => true });
    const feed = collect<Overview>(client, OVERVIEW, { code: '421000' });
    await feed.waitFor(() => true);
    await api.restart();
    await api.sql('update institution set slots = slots + 1 where id = $1', [(await openInstitution(api, '421024')).id]);
    const expected = await citySlots(api, '421000');
    await feed.waitFor((m) => m.data?.cityOverview.slots === expected, 15_000);
    feed.stop();
    await client.dispose();
  });
});
