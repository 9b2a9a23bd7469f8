import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/test-server.js';
import { nothingLeftBehind as drained, open as openSocket, type Socket } from './raw-socket.js';

// Misbehaving graphql-ws clients, each closed with the code the protocol defines
// (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md), and nothing of theirs
// left behind on the server: no socket, no shared subscription, no city channel.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

const WALL = 'subscription { cityOverview(code: "421000") { slots } }';

const open = (protocol?: string): Promise<Socket> => openSocket(api.url, { protocol });
const nothingLeftBehind = (): Promise<void> => drained(api.server);

describe('graphql-ws abuse', () => {
  it('closes a connection that sends no connection_init with 4408 after the 10 s wait', async () => {
    const socket = await open();
    expect((await socket.closed).code).toBe(4408);
    await nothingLeftBehind();
  }, 20_000);

  it('closes a connection that sends connection_init twice with 4429', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send({ type: 'connection_init', payload: {} });
    expect((await socket.closed).code).toBe(4429);
    await nothingLeftBehind();
  });

  it('closes a connection that subscribes before its connection is acknowledged with 4401', async () => {
    const socket = await open();
    socket.send({ id: '1', type: 'subscribe', payload: { query: WALL } });
    expect((await socket.closed).code).toBe(4401);
    await nothingLeftBehind();
  });

  it('closes a connection whose token is not valid with 4403', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: { token: 'not-a-token' } });
    expect((await socket.closed).code).toBe(4403);
    await nothingLeftBehind();
  });

  it('closes a connection whose token has already expired with 4403', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'ANALYST', ver: 1 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('careboard')
      .setAudience('careboard-api')
      .setSubject('1')
      .setIssuedAt(now - 3_600)
      .setExpirationTime(now - 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const socket = await open();
    socket.send({ type: 'connection_init', payload: { token: expired } });
    expect((await socket.closed).code).toBe(4403);
    await nothingLeftBehind();
  });

  it('closes a connection that reuses the id of a running subscription with 4409, and ends both', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send({ id: 'same', type: 'subscribe', payload: { query: WALL } });
    await socket.next('next');
    expect(api.server.socket.shared.groupCount).toBe(1);
    socket.send({ id: 'same', type: 'subscribe', payload: { query: WALL } });
    expect((await socket.closed).code).toBe(4409);
    await nothingLeftBehind();
  });

  it('closes a connection that sends a frame over 64 KB with 1009', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send({ id: 'big', type: 'subscribe', payload: { query: `# ${'x'.repeat(70_000)}\n${WALL}` } });
    expect((await socket.closed).code).toBe(1009);
    await nothingLeftBehind();
  });

  it('closes a connection that sends something other than a graphql-ws message with 4400', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send('{"type":"subscribe","id":1}');
    expect((await socket.closed).code).toBe(4400);
    await nothingLeftBehind();
  });

  it('gives a client asking for the legacy graphql-ws subprotocol no subprotocol, so it never opens, and keeps nothing of it', async () => {
    // The server answers the upgrade without agreeing to the subprotocol (and would close with
    // 4406); a conforming client gives up at once.
    await expect(open('graphql-ws')).rejects.toThrow(/subprotocol/i);
    await nothingLeftBehind();
  });

  it('answers a subscription to an unknown city with NOT_FOUND, and keeps no channel retrying for it', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send({ id: 'nowhere', type: 'subscribe', payload: { query: 'subscription { cityOverview(code: "999999") { slots } }' } });
    const answer = (await socket.next('next')) as { payload: { errors: { extensions: { code: string } }[] } };
    expect(answer.payload.errors.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    await socket.next('complete');
    expect(api.server.live.overviews.subscribedCities).toBe(0);
    socket.ws.close();
    await nothingLeftBehind();
  });

  it('leaves nothing behind when a client drops its socket mid-subscription without a word', async () => {
    const socket = await open();
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    socket.send({ id: 'a', type: 'subscribe', payload: { query: WALL } });
    await socket.next('next');
    socket.ws.terminate();
    await nothingLeftBehind();
  });
});
