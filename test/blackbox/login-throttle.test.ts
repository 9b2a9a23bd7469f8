import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';
import { wsClient } from '../support/ws-client.js';

// The test server trusts X-Forwarded-For from loopback (as behind a proxy on the same
// machine), so each request can come from the address it names; the clock is the test's.
let api: TestServer;
let adminJz: string;
let nowMs = Date.parse('2026-03-02T08:00:00Z');
const advance = (seconds: number) => (nowMs += seconds * 1000);
beforeAll(async () => {
  api = await startTestServer({ TRUST_PROXY: 'loopback' }, { clock: () => new Date(nowMs) });
  adminJz = await api.login('admin.jz');
});
afterAll(() => api?.close());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { username } } }';
const CREATE_USER = 'mutation($input: UserInput!) { createUser(input: $input) { id } }';

let lastAddress = 0;
/** A fresh client address (TEST-NET-3), so no test inherits another's failures. */
function newAddress(): string {
  lastAddress += 1;
  return `203.0.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

async function loginFrom(address: string, username: string, password: string): Promise<GraphQLResponse<{ login: { accessToken: string } }>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<{ login: { accessToken: string } }>, 'status'>) };
}

/** Signs in over graphql-ws, through a proxy that names `address` on the upgrade request. */
async function loginOverSocketFrom(address: string, username: string, password: string): Promise<GraphQLResponse<{ login: { accessToken: string } }>> {
  class ForwardedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': address } });
    }
  }
  const client = wsClient(api.url, { webSocketImpl: ForwardedSocket });
  try {
    for await (const result of client.iterate<{ login: { accessToken: string } }>({ query: LOGIN, variables: { u: username, p: password } })) {
      return { status: 200, ...(result as Omit<GraphQLResponse<{ login: { accessToken: string } }>, 'status'>) };
    }
    throw new Error('the socket gave no result');
  } finally {
    await client.dispose();
  }
}

async function expectSignedIn(address: string, account: Account): Promise<void> {
  const res = await loginFrom(address, account.username, account.password);
  expect(res.errors).toBeUndefined();
  expect(res.data?.login.accessToken).toEqual(expect.any(String));
}

/** Refused with the one sign-in failure every wrong password gets; returns its message. */
async function expectRefused(address: string, username: string, password: string): Promise<string> {
  const res = await loginFrom(address, username, password);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  return res.errors![0]!.message;
}

interface Account {
  username: string;
  password: string;
}

async function newAccount(): Promise<Account> {
  const suffix = randomBytes(4).toString('hex');
  const account = { username: `tmp.throttle.${suffix}`, password: `throwaway-${randomBytes(8).toString('hex')}` };
  const res = await api.gql(CREATE_USER, { input: { ...account, displayName: `临时账号 ${suffix}`, role: 'LEADER', districtCodes: [] } }, adminJz);
  expect(res.errors).toBeUndefined();
  return account;
}

/**
 * One wrong password from each of `count` fresh addresses, each after any lock of the one
 * before has passed (15 minutes at most): a patient guessing attack spread wide.
 */
async function guessFromManyAddresses(account: Account, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    advance(15 * 60);
    await expectRefused(newAddress(), account.username, `guess-${i}`);
  }
}

describe('sign-in throttling per account and address', () => {
  it('locks one address out of an account after 5 wrong passwords in a row, refusing even the right password with the same message until the lock passes', async () => {
    const account = await newAccount();
    const attacker = newAddress();
    const messages: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) messages.push(await expectRefused(attacker, account.username, `wrong-${attempt}`));
    messages.push(await expectRefused(attacker, account.username, account.password));
    expect(new Set(messages).size).toBe(1);
    advance(1);
    await expectSignedIn(attacker, account);
    // The sign-in started the count afresh: four more typos lock nothing.
    for (let attempt = 1; attempt <= 4; attempt += 1) await expectRefused(attacker, account.username, `typo-${attempt}`);
    await expectSignedIn(attacker, account);
  });

  it('lets the owner sign in from an address they signed in from before while an attacker elsewhere sends one wrong password per lock period', async () => {
    const account = await newAccount();
    const home = newAddress();
    const attacker = newAddress();
    await expectSignedIn(home, account);
    for (let attempt = 1; attempt <= 40; attempt += 1) {
      advance(15 * 60);
      await expectRefused(attacker, account.username, `wrong-${attempt}`);
    }
    await expectSignedIn(home, account);
    // The attacker's own address stays locked, even with the right password.
    await expectRefused(attacker, account.username, account.password);
  });

  it("slows the attacker's address more with every further failure, up to 15 minutes", async () => {
    const account = await newAccount();
    const attacker = newAddress();
    for (let attempt = 1; attempt <= 15; attempt += 1) {
      advance(15 * 60);
      await expectRefused(attacker, account.username, `wrong-${attempt}`);
    }
    advance(15 * 60 - 1);
    await expectRefused(attacker, account.username, account.password);
    advance(1);
    await expectSignedIn(attacker, account);
  });

  it('does not count attempts made while locked, so hammering a lock does not lengthen it', async () => {
    const account = await newAccount();
    const attacker = newAddress();
    for (let attempt = 1; attempt <= 5; attempt += 1) await expectRefused(attacker, account.username, `wrong-${attempt}`);
    for (let attempt = 1; attempt <= 10; attempt += 1) await expectRefused(attacker, account.username, `hammer-${attempt}`);
    advance(1);
    await expectSignedIn(attacker, account);
  });

  it('slows every address that never signed in to an account that many addresses guess at, but not the owner at a known address', async () => {
    const account = await newAccount();
    const home = newAddress();
    await expectSignedIn(home, account);
    await guessFromManyAddresses(account, 25);
    // Even the right password, from an address the account has not used: the ceiling holds.
    await expectRefused(newAddress(), account.username, account.password);
    await expectSignedIn(home, account);
  });

  it('pauses a known address for at most 30 seconds after its own failure while many addresses guess at the account', async () => {
    const account = await newAccount();
    const home = newAddress();
    await expectSignedIn(home, account);
    await guessFromManyAddresses(account, 25);
    await expectRefused(home, account.username, 'a typo at home');
    await expectRefused(home, account.username, account.password);
    advance(29);
    await expectRefused(home, account.username, account.password);
    advance(1);
    await expectSignedIn(home, account);
  });

  it('slows one address guessing many accounts, except for an account that has signed in from it before', async () => {
    const [regular, other] = [await newAccount(), await newAccount()];
    const office = newAddress();
    await expectSignedIn(office, regular);
    for (let i = 0; i < 21; i += 1) await expectRefused(office, `nobody.${randomBytes(4).toString('hex')}`, `guess-${i}`);
    await expectRefused(office, other.username, other.password);
    await expectSignedIn(office, regular);
    advance(2);
    await expectSignedIn(office, other);
  });

  it('counts sign-ins over the WebSocket against the client address the HTTP layer would see', async () => {
    const account = await newAccount();
    const attacker = newAddress();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const res = await loginOverSocketFrom(attacker, account.username, `wrong-${attempt}`);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await expectRefused(attacker, account.username, account.password);
    await expectSignedIn(newAddress(), account);
  });
});
