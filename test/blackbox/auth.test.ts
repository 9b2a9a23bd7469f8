import { randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../../server/src/db/seeders/demo-accounts.js';
import { startTestServer, TEST_JWT_SECRET, type GraphQLResponse, type TestServer } from '../support/test-server.js';

let api: TestServer;
let adminJz: string;
let adminLyg: string;
beforeAll(async () => {
  api = await startTestServer();
  adminJz = await api.login('admin.jz');
  adminLyg = await api.login('admin.lyg');
});
afterAll(() => api?.close());

interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; username: string; role: string; cityCode: string | null; districtCodes: string[] };
}
interface Me {
  kind: string;
  id: string;
  name: string;
  role: string;
  cityCode: string | null;
  districtCodes: string[];
}

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id username role cityCode districtCodes }';
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const ME = '{ me { kind id name role cityCode districtCodes } }';
const USERS = '{ users { id username version role disabled } }';
const CREATE_USER = 'mutation($input: UserInput!) { createUser(input: $input) { id username version role } }';
const UPDATE_USER =
  'mutation($id: ID!, $v: Int!, $patch: UserPatch!) { updateUser(id: $id, expectedVersion: $v, patch: $patch) { id version role disabled } }';
const ISSUE_DISPLAY = 'mutation($city: String!, $name: String!) { issueDisplayToken(cityCode: $city, name: $name) { token displayToken { id name } } }';
const REVOKE_DISPLAY = 'mutation($id: ID!) { revokeDisplayToken(id: $id) { id revokedAt } }';

function login(username: string, password: string): Promise<GraphQLResponse<{ login: Session }>> {
  return api.gql<{ login: Session }>(LOGIN, { u: username, p: password });
}

async function signIn(username: string, password: string): Promise<Session> {
  const res = await login(username, password);
  expect(res.errors).toBeUndefined();
  return res.data!.login;
}

function refresh(token: string): Promise<GraphQLResponse<{ refreshToken: Session }>> {
  return api.gql<{ refreshToken: Session }>(REFRESH, { t: token });
}

function me(token: string): Promise<GraphQLResponse<{ me: Me | null }>> {
  return api.gql<{ me: Me | null }>(ME, {}, token);
}

/** Asserts the whole request was refused as unauthenticated: HTTP 401, code UNAUTHENTICATED, no data. */
function expectRefused(res: GraphQLResponse<unknown>): void {
  expect(res.status).toBe(401);
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.data ?? null).toBeNull();
}

function expectCode(res: GraphQLResponse<unknown>, code: string): void {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
}

/** POSTs `{ me }` with an Authorization header given verbatim. */
async function meWithHeader(authorization: string): Promise<GraphQLResponse<{ me: Me | null }>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: ME }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<{ me: Me | null }>, 'status'>) };
}

interface Account {
  id: string;
  username: string;
  password: string;
}

/** A throw-away account of 荆州 created by admin.jz, so tests that lock, disable or revoke touch nobody else. */
async function newAccount(role: 'LEADER' | 'STAFF' = 'LEADER', districtCodes: string[] = []): Promise<Account> {
  const suffix = randomBytes(4).toString('hex');
  const username = `tmp.auth.${suffix}`;
  const password = `throwaway-${randomBytes(8).toString('hex')}`;
  const res = await api.gql<{ createUser: { id: string; username: string } }>(
    CREATE_USER,
    { input: { username, displayName: `临时账号 ${suffix}`, role, password, districtCodes } },
    adminJz,
  );
  expect(res.errors).toBeUndefined();
  return { id: res.data!.createUser.id, username, password };
}

/** The account's id and version as admin.jz sees them in `users`. */
async function listed(username: string): Promise<{ id: string; version: number; role: string; disabled: boolean }> {
  const res = await api.gql<{ users: { id: string; username: string; version: number; role: string; disabled: boolean }[] }>(USERS, {}, adminJz);
  expect(res.errors).toBeUndefined();
  const user = res.data!.users.find((u) => u.username === username);
  expect(user).toBeDefined();
  return user!;
}

async function updateUser(username: string, patch: Record<string, unknown>): Promise<void> {
  const { id, version } = await listed(username);
  const res = await api.gql(UPDATE_USER, { id, v: version, patch }, adminJz);
  expect(res.errors).toBeUndefined();
}

async function tokenVersion(username: string): Promise<{ id: number; ver: number }> {
  const [row] = await api.sql<{ id: number; token_version: number }>('select id, token_version from app_user where username = $1', [username]);
  expect(row).toBeDefined();
  return { id: row!.id, ver: row!.token_version };
}

const KEY = new TextEncoder().encode(TEST_JWT_SECRET);

interface Forgery {
  sub?: string;
  role?: string;
  ver?: number;
  alg?: string;
  key?: Uint8Array;
  issuer?: string;
  audience?: string;
  iat?: number;
  exp?: number;
}

/** A token with the claims the server expects, each of which a test may change. */
function forge(f: Forgery & { sub: string; role: string; ver: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: f.role, ver: f.ver })
    .setProtectedHeader({ alg: f.alg ?? 'HS256', typ: 'JWT' })
    .setSubject(f.sub)
    .setIssuer(f.issuer ?? 'careboard')
    .setAudience(f.audience ?? 'careboard-api')
    .setIssuedAt(f.iat ?? now)
    .setExpirationTime(f.exp ?? now + 600)
    .sign(f.key ?? KEY);
}

describe('signing in', () => {
  it('returns an access token, a refresh token and the user on login', async () => {
    const res = await login('staff.shashi', DEMO_PASSWORD);
    expect(res.errors).toBeUndefined();
    const session = res.data!.login;
    const [row] = await api.sql<{ id: number }>('select id from app_user where username = $1', ['staff.shashi']);
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(session.refreshToken).toMatch(/^\S{20,}$/);
    expect(session.refreshToken).not.toBe(session.accessToken);
    expect(new Date(session.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(session.refreshTokenExpiresAt).getTime()).toBeGreaterThan(new Date(session.accessTokenExpiresAt).getTime());
    expect(session.user).toMatchObject({ id: String(row!.id), username: 'staff.shashi', role: 'STAFF', cityCode: '421000', districtCodes: ['421002'] });
  });

  it('answers me with the role, city code and district codes of every demo account signed in with its token', async () => {
    for (const account of demoAccounts) {
      const session = await signIn(account.username, DEMO_PASSWORD);
      const res = await me(session.accessToken);
      expect(res.errors).toBeUndefined();
      expect(res.data!.me).toMatchObject({
        kind: 'USER',
        id: session.user.id,
        name: account.displayName,
        role: account.role,
        cityCode: account.cityCode,
      });
      expect([...res.data!.me!.districtCodes].sort()).toEqual([...account.districtCodes].sort());
    }
  });

  it('answers me with null and no error without a token', async () => {
    const res = await api.gql<{ me: Me | null }>(ME);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: null });
  });

  it('gives a wrong password and an unknown user the same message and code UNAUTHENTICATED', async () => {
    const wrong = await login('leader.jz', 'not-the-password-123');
    const unknown = await login('nobody.at.all', DEMO_PASSWORD);
    expect(wrong.data ?? null).toBeNull();
    expect(unknown.data ?? null).toBeNull();
    expectCode(wrong, 'UNAUTHENTICATED');
    expectCode(unknown, 'UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(unknown.errors![0]!.extensions).toEqual(wrong.errors![0]!.extensions);
  });

  it('refuses a disabled user at sign-in with the same message, and its existing access token stops working at once', async () => {
    const account = await newAccount();
    const session = await signIn(account.username, account.password);
    expect((await me(session.accessToken)).data?.me?.id).toBe(account.id);

    await updateUser(account.username, { disabled: true });
    expect((await listed(account.username)).disabled).toBe(true);

    expectRefused(await me(session.accessToken));
    const disabled = await login(account.username, account.password);
    const wrong = await login('leader.jz', 'not-the-password-123');
    expectCode(disabled, 'UNAUTHENTICATED');
    expect(disabled.data ?? null).toBeNull();
    expect(disabled.errors![0]!.message).toBe(wrong.errors![0]!.message);
    // Its refresh token is no way back in either.
    expectCode(await refresh(session.refreshToken), 'UNAUTHENTICATED');
  });

  it('stops honouring a signed-in user disabled straight in the database (another server or an operator) within a second', async () => {
    const account = await newAccount();
    const session = await signIn(account.username, account.password);
    // Twice, so the second check may come from the server's memory of the account.
    expect((await me(session.accessToken)).data?.me?.id).toBe(account.id);
    expect((await me(session.accessToken)).data?.me?.id).toBe(account.id);
    await api.sql('update app_user set disabled = true where id = $1', [Number(account.id)]);
    let answer = await me(session.accessToken);
    for (const deadline = Date.now() + 1_000; answer.status === 200 && Date.now() < deadline; ) answer = await me(session.accessToken);
    expectRefused(answer);
  });

  it('gives a staff member a district added straight in the database within a second', async () => {
    const token = await api.login('staff.shashi');
    const before = (await me(token)).data?.me as { districtCodes: string[] };
    expect(before.districtCodes).toEqual(['421002']);
    await api.sql(`insert into app_user_district (user_id, district_id) select u.id, d.id from app_user u, district d where u.username = 'staff.shashi' and d.code = '421003'`);
    try {
      let codes = before.districtCodes;
      for (const deadline = Date.now() + 1_000; codes.length === 1 && Date.now() < deadline; ) {
        codes = ((await me(token)).data?.me as { districtCodes: string[] }).districtCodes;
      }
      expect([...codes].sort()).toEqual(['421002', '421003']);
    } finally {
      await api.sql(`delete from app_user_district where district_id = (select id from district where code = '421003') and user_id = (select id from app_user where username = 'staff.shashi')`);
    }
  });
});

describe('access tokens', () => {
  let leader: { id: number; ver: number };
  beforeAll(async () => {
    leader = await tokenVersion('leader.jz');
  });

  const claims = () => ({ sub: String(leader.id), role: 'LEADER', ver: leader.ver });

  it('accepts a token forged with the right key and claims (so the near misses below fail for their one difference)', async () => {
    const res = await me(await forge(claims()));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({ kind: 'USER', id: String(leader.id), role: 'LEADER', cityCode: '421000' });
  });

  it('rejects an expired token with UNAUTHENTICATED and HTTP status 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    expectRefused(await me(await forge({ ...claims(), iat: now - 3600, exp: now - 60 })));
  });

  it('rejects a token signed with another key with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await me(await forge({ ...claims(), key: randomBytes(32) })));
  });

  it('rejects an unsigned token with alg none with UNAUTHENTICATED and HTTP status 401', async () => {
    const token = new UnsecuredJWT({ role: 'LEADER', ver: leader.ver })
      .setSubject(String(leader.id))
      .setIssuer('careboard')
      .setAudience('careboard-api')
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toMatchObject({ alg: 'none' });
    expectRefused(await me(token));
  });

  it('rejects a token for another audience with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await me(await forge({ ...claims(), audience: 'careboard-dashboard' })));
  });

  it('rejects a token from another issuer with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await me(await forge({ ...claims(), issuer: 'careboard-evil' })));
  });

  it('rejects an HS512 token signed with the right key with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await me(await forge({ ...claims(), alg: 'HS512' })));
  });

  it('rejects a garbage string with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await me('garbage'));
    expectRefused(await me('a.b.c'));
  });

  it('rejects a refresh token used as a bearer token with UNAUTHENTICATED and HTTP status 401', async () => {
    const session = await signIn('leader.jz', DEMO_PASSWORD);
    expectRefused(await me(session.refreshToken));
  });

  it('rejects the Basic scheme, even with the right username and password, with UNAUTHENTICATED and HTTP status 401', async () => {
    expectRefused(await meWithHeader(`Basic ${Buffer.from(`leader.jz:${DEMO_PASSWORD}`).toString('base64')}`));
    const session = await signIn('leader.jz', DEMO_PASSWORD);
    expectRefused(await meWithHeader(`Basic ${session.accessToken}`));
  });

  it('refuses a token whose ver is older than the user’s token version: after a re-role the old token stops working', async () => {
    const account = await newAccount('STAFF', ['421002']);
    const before = await signIn(account.username, account.password);
    expect((await me(before.accessToken)).data?.me).toMatchObject({ role: 'STAFF', districtCodes: ['421002'] });
    const { id, ver } = await tokenVersion(account.username);

    await updateUser(account.username, { role: 'LEADER' });

    expectRefused(await me(before.accessToken));
    const now = await tokenVersion(account.username);
    expect(now.ver).toBeGreaterThan(ver);
    // A correctly signed token with the old version is refused; with the current one it is not.
    expectRefused(await me(await forge({ sub: String(id), role: 'STAFF', ver })));
    expect((await me(await forge({ sub: String(id), role: 'LEADER', ver: now.ver }))).data?.me?.role).toBe('LEADER');
    const after = await signIn(account.username, account.password);
    expect((await me(after.accessToken)).data?.me).toMatchObject({ role: 'LEADER', districtCodes: [] });
  });
});

describe('refresh tokens', () => {
  it('trades a refresh token once for a new pair that works', async () => {
    const account = await newAccount();
    const first = await signIn(account.username, account.password);
    const res = await refresh(first.refreshToken);
    expect(res.errors).toBeUndefined();
    const second = res.data!.refreshToken;
    expect(second.user.username).toBe(account.username);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await me(second.accessToken)).data?.me).toMatchObject({ id: account.id, role: 'LEADER' });
    const third = await refresh(second.refreshToken);
    expect(third.errors).toBeUndefined();
    expect((await me(third.data!.refreshToken.accessToken)).data?.me?.id).toBe(account.id);
  });

  it('refuses a refresh token used a second time and revokes every session of the account', async () => {
    const account = await newAccount();
    const first = await signIn(account.username, account.password);
    const second = (await refresh(first.refreshToken)).data!.refreshToken;
    expect((await me(second.accessToken)).data?.me?.id).toBe(account.id);

    const reuse = await refresh(first.refreshToken);
    expectCode(reuse, 'UNAUTHENTICATED');
    expect(reuse.data ?? null).toBeNull();

    // The newest access token is refused and the newer refresh token no longer works.
    expectRefused(await me(second.accessToken));
    expectCode(await refresh(second.refreshToken), 'UNAUTHENTICATED');
    const [open] = await api.sql<{ n: string }>(
      'select count(*) n from refresh_token r join app_user u on u.id = r.user_id where u.username = $1 and r.revoked_at is null',
      [account.username],
    );
    expect(Number(open!.n)).toBe(0);
  });

  it('makes a refresh token unusable after logout', async () => {
    const account = await newAccount();
    const session = await signIn(account.username, account.password);
    const out = await api.gql<{ logout: boolean }>(LOGOUT, { t: session.refreshToken });
    expect(out.errors).toBeUndefined();
    expect(out.data!.logout).toBe(true);
    const res = await refresh(session.refreshToken);
    expectCode(res, 'UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });
});

describe('DISPLAY tokens', () => {
  async function issue(cityCode = '421000'): Promise<{ token: string; id: string }> {
    const res = await api.gql<{ issueDisplayToken: { token: string; displayToken: { id: string } } }>(
      ISSUE_DISPLAY,
      { city: cityCode, name: `指挥中心 ${randomBytes(3).toString('hex')}` },
      adminJz,
    );
    expect(res.errors).toBeUndefined();
    return { token: res.data!.issueDisplayToken.token, id: res.data!.issueDisplayToken.displayToken.id };
  }

  async function openInstitution(cityCode: string): Promise<{ id: number; version: number; name: string }> {
    const [row] = await api.sql<{ id: number; version: number; name: string }>(
      `select i.id, i.version, i.name from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = $1 and i.closed_on is null order by i.id limit 1`,
      [cityCode],
    );
    expect(row).toBeDefined();
    return row!;
  }

  it('answers me with role DISPLAY and its city for a screen token', async () => {
    const display = await issue();
    const res = await me(display.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({ kind: 'DISPLAY', id: display.id, role: 'DISPLAY', cityCode: '421000', districtCodes: [] });
  });

  it('lets a screen token read the wall overview and the institutions of its own city', async () => {
    const display = await issue();
    const overview = await api.gql<{ cityOverview: { code: string; institutionCount: number } }>(
      '{ cityOverview(code: "421000") { code institutionCount } }',
      {},
      display.token,
    );
    expect(overview.errors).toBeUndefined();
    expect(overview.data!.cityOverview.code).toBe('421000');

    const list = await api.gql<{ institutions: { totalCount: number; edges: { node: { district: { code: string } } }[] } }>(
      '{ institutions(filter: { cityCode: "421000" }, first: 100) { totalCount edges { node { district { code } } } } }',
      {},
      display.token,
    );
    expect(list.errors).toBeUndefined();
    const [open] = await api.sql<{ n: string }>(
      `select count(*) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.closed_on is null`,
    );
    expect(list.data!.institutions.totalCount).toBe(Number(open!.n));
    expect(list.data!.institutions.totalCount).toBeGreaterThan(0);
    expect(list.data!.institutions.edges.every((e) => e.node.district.code.startsWith('4210'))).toBe(true);
  });

  it('refuses a screen token the institutions of another city with FORBIDDEN', async () => {
    const display = await issue();
    const res = await api.gql('{ institutions(filter: { cityCode: "320700" }) { totalCount } }', {}, display.token);
    expectCode(res, 'FORBIDDEN');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a screen token every mutation with FORBIDDEN and changes nothing', async () => {
    const display = await issue();
    const institution = await openInstitution('421000');
    const username = `tmp.display.${randomBytes(4).toString('hex')}`;
    const [before] = await api.sql<{ institutions: string; users: string; tokens: string }>(
      `select (select count(*) from institution) institutions, (select count(*) from app_user) users, (select count(*) from display_token) tokens`,
    );
    const attempts: [string, string, Record<string, unknown>][] = [
      [
        'updateInstitution',
        'mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { name: "大屏改的名字" }) { id } }',
        { id: String(institution.id), v: institution.version },
      ],
      [
        'closeInstitution',
        'mutation($id: ID!, $v: Int!) { closeInstitution(id: $id, expectedVersion: $v, closedOn: "2025-01-01") { id } }',
        { id: String(institution.id), v: institution.version },
      ],
      [
        'createInstitution',
        `mutation { createInstitution(input: { name: "大屏新建的机构", districtCode: "421002", address: "沙市区某路1号",
            ownership: PRIVATE, slots: 50, enrolled: 10, openedOn: "2024-01-01" }) { id } }`,
        {},
      ],
      [
        'createUser',
        'mutation($input: UserInput!) { createUser(input: $input) { id } }',
        { input: { username, displayName: '大屏建的账号', role: 'CITY_ADMIN', password: 'display-made-password' } },
      ],
      ['issueDisplayToken', ISSUE_DISPLAY, { city: '421000', name: '大屏签发的令牌' }],
      ['revokeDisplayToken', REVOKE_DISPLAY, { id: display.id }],
    ];
    for (const [name, mutation, variables] of attempts) {
      const res = await api.gql(mutation, variables, display.token);
      expect({ name, code: res.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'FORBIDDEN' });
      expect(res.data ?? null).toBeNull();
    }
    const [after] = await api.sql<{ institutions: string; users: string; tokens: string }>(
      `select (select count(*) from institution) institutions, (select count(*) from app_user) users, (select count(*) from display_token) tokens`,
    );
    expect(after).toEqual(before);
    expect(await openInstitution('421000')).toEqual(institution);
    // The screen still works: it did not revoke itself.
    expect((await me(display.token)).data?.me?.role).toBe('DISPLAY');
  });

  it('refuses a revoked screen token with UNAUTHENTICATED and HTTP status 401', async () => {
    const display = await issue();
    expect((await me(display.token)).data?.me?.role).toBe('DISPLAY');
    const res = await api.gql<{ revokeDisplayToken: { id: string; revokedAt: string | null } }>(REVOKE_DISPLAY, { id: display.id }, adminJz);
    expect(res.errors).toBeUndefined();
    expect(res.data!.revokeDisplayToken.revokedAt).not.toBeNull();
    expectRefused(await me(display.token));
    expectRefused(await api.gql('{ cityOverview(code: "421000") { code } }', {}, display.token));
  });

  it('refuses admin.lyg the revocation of a 421000 screen token with FORBIDDEN', async () => {
    const display = await issue();
    const res = await api.gql(REVOKE_DISPLAY, { id: display.id }, adminLyg);
    expectCode(res, 'FORBIDDEN');
    const [row] = await api.sql<{ revoked_at: Date | null }>('select revoked_at from display_token where id = $1', [Number(display.id)]);
    expect(row!.revoked_at).toBeNull();
    expect((await me(display.token)).data?.me?.role).toBe('DISPLAY');
  });

  it('never stores the screen token itself, only a 64-hex hash of it', async () => {
    const display = await issue();
    const [row] = await api.sql<{ token_hash: string }>('select token_hash from display_token where id = $1', [Number(display.id)]);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.token_hash).not.toContain(display.token);
    const secretPart = display.token.replace(/^[a-z]+_/, '');
    expect(secretPart.length).toBeGreaterThanOrEqual(32);
    const [found] = await api.sql<{ tokens: string; audit: string }>(
      `select (select count(*) from display_token t where strpos(t::text, $1) > 0) tokens,
              (select count(*) from audit_entry a where strpos(a::text, $1) > 0) audit`,
      [secretPart],
    );
    expect(found).toEqual({ tokens: '0', audit: '0' });
  });
});
