import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { closedWithin, connected, nothingLeftBehind, open, UpgradeRefused, type Socket } from './raw-socket.js';

// Floods of sockets and subscriptions from one client, cut at the limits of README's
// Limits table with the codes it names, and nothing of them left behind on the server.

let api: TestServer;
let tight: TestServer;
beforeAll(async () => {
  // The default limits, with a burst that leaves the socket count alone to be tested.
  api = await startTestServer({ WS_NEW_SOCKETS_PER_ADDRESS_BURST: '100000' });
  // Behind a proxy on loopback: few sockets per address, a small burst.
  tight = await startTestServer({ TRUST_PROXY: 'loopback', WS_MAX_SOCKETS_PER_ADDRESS: '3', WS_NEW_SOCKETS_PER_ADDRESS_BURST: '30', WS_NEW_SOCKETS_PER_ADDRESS_PER_SECOND: '10' });
});
afterAll(async () => {
  await api?.close();
  await tight?.close();
});

const WALL = 'subscription { cityOverview(code: "421000") { slots } }';

async function refusal(attempt: Promise<Socket>): Promise<UpgradeRefused> {
  const outcome = await attempt.then((socket) => (socket.ws.terminate(), null), (error: unknown) => error);
  expect(outcome, 'the upgrade was accepted').toBeInstanceOf(UpgradeRefused);
  return outcome as UpgradeRefused;
}

async function closeAll(sockets: Socket[]): Promise<void> {
  for (const socket of sockets) socket.ws.close();
  await Promise.all(sockets.map((s) => s.closed));
}

describe('limits of the live socket', () => {
  it('cuts a flood of 2,000 subscribes on one socket with 4429 at the 51st, and keeps nothing of it', async () => {
    const socket = await connected(api.url);
    for (let i = 0; i < 2_000; i += 1) socket.send({ id: String(i), type: 'subscribe', payload: { query: WALL } });
    const closed = await closedWithin(socket, 5_000);
    expect(closed).toEqual({ code: 4429, reason: 'Too many subscriptions on this socket' });
    expect(new Set(socket.messages.filter((m) => m.type === 'next' && !(m.payload as { errors?: unknown }).errors).map((m) => m.id)).size).toBeLessThanOrEqual(50);
    await nothingLeftBehind(api.server);
  });

  it('runs 50 subscriptions on one socket, the limit, and each gets its overview', async () => {
    const socket = await connected(api.url);
    for (let i = 0; i < 50; i += 1) socket.send({ id: String(i), type: 'subscribe', payload: { query: WALL } });
    for (const deadline = Date.now() + 10_000; new Set(socket.messages.filter((m) => m.type === 'next').map((m) => m.id)).size < 50 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    expect(new Set(socket.messages.filter((m) => m.type === 'next').map((m) => m.id)).size).toBe(50);
    expect(await closedWithin(socket, 200)).toBeNull();
    await closeAll([socket]);
    await nothingLeftBehind(api.server);
  });

  it('refuses the 201st socket from one address with HTTP 429, whatever X-Forwarded-For it claims, and admits one again once others close', async () => {
    // Nobody's X-Forwarded-For is believed without TRUST_PROXY: each claims another address.
    const claim = (i: number) => ({ headers: { 'x-forwarded-for': `198.51.100.${i % 250}` } });
    const sockets = await Promise.all(Array.from({ length: 200 }, (_, i) => open(api.url, claim(i))));
    const refused = await Promise.all(Array.from({ length: 50 }, (_, i) => refusal(open(api.url, claim(i + 200)))));
    expect(refused.map((r) => `${r.status} ${r.body}`)).toEqual(Array(50).fill('429 Too many sockets from this address'));
    expect(refused[0]!.retryAfter).toMatch(/^\d+$/);
    await closeAll(sockets.splice(0, 10));
    await expect.poll(() => api.server.socket.gate.addressCount === 1 && api.server.socket.clientCount, { timeout: 3_000, interval: 10 }).toBe(190);
    sockets.push(...(await Promise.all(Array.from({ length: 10 }, () => open(api.url)))));
    await refusal(open(api.url));
    await closeAll(sockets);
    await nothingLeftBehind(api.server);
  });

  it('closes the 21st socket of one account with 4429, and admits another once one closes', async () => {
    const token = await api.login('leader.jz');
    const sockets = await Promise.all(Array.from({ length: 20 }, () => connected(api.url, token)));
    const extra = await open(api.url);
    extra.send({ type: 'connection_init', payload: { token } });
    expect(await closedWithin(extra, 5_000)).toEqual({ code: 4429, reason: 'Too many sockets for this account' });
    const otherAccount = await connected(api.url, await api.login('leader.lyg'));
    expect(await closedWithin(otherAccount, 100)).toBeNull();
    await closeAll([otherAccount, ...sockets.splice(0, 1)]);
    sockets.push(await connected(api.url, token));
    await closeAll(sockets);
    await nothingLeftBehind(api.server);
  });

  it('refuses new sockets from one address past the burst with HTTP 429, and admits one again as the bucket refills', async () => {
    for (let i = 0; i < 30; i += 1) await closeAll([await open(tight.url)]);
    const refused = await refusal(open(tight.url));
    expect([refused.status, refused.body]).toEqual([429, 'Too many new sockets from this address']);
    const started = Date.now();
    let socket: Socket | undefined;
    while (!socket && Date.now() - started < 3_000) socket = await open(tight.url).catch(() => undefined);
    expect(socket, 'no socket admitted within 3 s at 10 per second').toBeDefined();
    await closeAll([socket!]);
    await nothingLeftBehind(tight.server);
  });

  it('counts sockets per X-Forwarded-For address when the peer is a trusted proxy', async () => {
    const from = (address: string) => open(tight.url, { headers: { 'x-forwarded-for': `${address}, 127.0.0.1` } });
    // A burst may be spent by the test before: wait for room through the proxy address itself.
    const first = [await retryOpen(() => from('203.0.113.7')), await retryOpen(() => from('203.0.113.7')), await retryOpen(() => from('203.0.113.7'))];
    expect((await refusal(from('203.0.113.7'))).body).toBe('Too many sockets from this address');
    const other = await retryOpen(() => from('203.0.113.8'));
    await closeAll([...first, other]);
    await nothingLeftBehind(tight.server);
  });
});

/** Opens a socket, retrying while only the rate of new sockets refuses it. */
async function retryOpen(attempt: () => Promise<Socket>): Promise<Socket> {
  for (const deadline = Date.now() + 5_000; ; ) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof UpgradeRefused && error.body.includes('new sockets')) || Date.now() > deadline) throw error;
    }
  }
}
