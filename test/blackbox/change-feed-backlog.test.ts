import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { collect, wsClient } from '../support/ws-client.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface Event {
  changeFeed: { seq: string; title: string };
}
const FEED = 'subscription($c: String!, $b: Int!) { changeFeed(cityCode: $c, backlog: $b) { seq title } }';

/** Waits until the city's feed channel holds `count` listeners (a subscription is in place). */
async function listening(cityCode: string, count: number): Promise<void> {
  const [city] = await api.sql<{ id: number }>('select id from city where code = $1', [cityCode]);
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
    if (api.server.live.feeds.listeners(city!.id) === count) return;
  }
  throw new Error(`the feed of ${cityCode} never had ${count} listeners`);
}

describe('changeFeed backlog', () => {
  it('sends a subscriber with backlog 0 only the changes after it subscribed, none of the 200 made while nobody listened', async () => {
    const [target] = await api.sql<{ id: number }>(
      `select i.id from institution i join district d on d.id = i.district_id where d.code = '320706' and i.closed_on is null order by i.id limit 1`,
    );
    for (let i = 0; i < 200; i += 1) await api.sql('update institution set slots = slots + 1 where id = $1', [target!.id]);

    const client = wsClient(api.url, { connectionParams: { token: await api.login('leader.lyg') } });
    const feed = collect<Event>(client, FEED, { c: '320700', b: 0 });
    await listening('320700', 1);
    await api.sql(`update institution set name = name || '·首' where id = $1`, [target!.id]);
    await feed.waitFor((m) => m.data?.changeFeed.title.endsWith('·首') ?? false);
    // The old events would all arrive before this one, in the same batch.
    expect(feed.messages.length).toBe(1);
    feed.stop();
    await client.dispose();
  });

  it('sends a subscriber with backlog 3 the three newest events first, then only new ones', async () => {
    const client = wsClient(api.url, { connectionParams: { token: await api.login('leader.lyg') } });
    const feed = collect<Event>(client, FEED, { c: '320700', b: 3 });
    await listening('320700', 1);
    await feed.waitFor(() => feed.messages.length === 3);
    const [target] = await api.sql<{ id: number }>(`select i.id from institution i join district d on d.id = i.district_id where d.code = '320706' order by i.id limit 1`);
    await api.sql(`update institution set name = name || '·次' where id = $1`, [target!.id]);
    await feed.waitFor((m) => m.data?.changeFeed.title.endsWith('·次') ?? false);
    expect(feed.messages).toHaveLength(4);
    const seqs = feed.messages.map((m) => BigInt(m.data!.changeFeed.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    feed.stop();
    await client.dispose();
  });
});
