import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Every mutation and sensitive query, for every role, on the caller's own district, another
 * district of the same city and a district of another city. Expected outcomes come from the
 * policy as the README states it; any allow that is not expected fails the test.
 */
type Outcome = 'ALLOW' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type Who = 'ANONYMOUS' | 'LEADER' | 'ANALYST' | 'STAFF' | 'CITY_ADMIN' | 'DISPLAY';
type Place = 'OWN_DISTRICT' | 'SAME_CITY' | 'OTHER_CITY';

const PLACES: Record<Place, { district: string; city: string }> = {
  OWN_DISTRICT: { district: '421002', city: '421000' }, // 沙市区, where the staff account works
  SAME_CITY: { district: '421003', city: '421000' }, // 荆州区
  OTHER_CITY: { district: '320706', city: '320700' }, // 连云港 海州区
};
const WHO: Who[] = ['ANONYMOUS', 'LEADER', 'ANALYST', 'STAFF', 'CITY_ADMIN', 'DISPLAY'];

const inJingzhou = (p: Place) => PLACES[p].city === '421000';
const edit = (who: Who, p: Place): Outcome =>
  who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : (who === 'STAFF' && p === 'OWN_DISTRICT') || (who === 'CITY_ADMIN' && inJingzhou(p)) ? 'ALLOW' : 'FORBIDDEN';
const manage = (who: Who, p: Place): Outcome => (who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : who === 'CITY_ADMIN' && inJingzhou(p) ? 'ALLOW' : 'FORBIDDEN');
const readRecords = (who: Who, p: Place): Outcome => (who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : who === 'ANALYST' || inJingzhou(p) ? 'ALLOW' : 'FORBIDDEN');
const readHistory = (who: Who, p: Place): Outcome => (who === 'DISPLAY' ? 'FORBIDDEN' : readRecords(who, p));
const readAudit = (who: Who, p: Place): Outcome =>
  who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : who === 'ANALYST' || (who === 'CITY_ADMIN' && inJingzhou(p)) ? 'ALLOW' : 'FORBIDDEN';

let api: TestServer;
const tokens = new Map<Who, string | undefined>();

beforeAll(async () => {
  api = await startTestServer();
  tokens.set('ANONYMOUS', undefined);
  tokens.set('LEADER', await api.login('leader.jz'));
  tokens.set('ANALYST', await api.login('analyst'));
  tokens.set('STAFF', await api.login('staff.shashi'));
  tokens.set('CITY_ADMIN', await api.login('admin.jz'));
  const issued = await api.gql<{ issueDisplayToken: { token: string } }>(
    'mutation { issueDisplayToken(cityCode: "421000", name: "矩阵测试屏") { token } }',
    {},
    tokens.get('CITY_ADMIN'),
  );
  tokens.set('DISPLAY', issued.data!.issueDisplayToken.token);
});
afterAll(() => api?.close());

async function one<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T> {
  return (await api.sql<T>(sql, values))[0]!;
}

/** A fresh open, unfiled institution, so each cell acts on its own row. */
async function freshInstitution(districtCode: string): Promise<{ id: number; version: number }> {
  return one(
    `insert into institution (name, district_id, ownership, slots, enrolled, age_classes, address, opened_on)
     select '矩阵测试' || $2, id, 'PRIVATE', 50, 10, '{TODDLER}', '测试地址', '2025-01-01' from district where code = $1
     returning id, version`,
    [districtCode, randomBytes(4).toString('hex')],
  );
}

interface Operation {
  name: string;
  expected: (who: Who, place: Place) => Outcome;
  /** Places that matter; operations scoped to the caller alone run once. */
  placed: boolean;
  run: (place: Place, token: string | undefined) => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
}

const gql = (query: string, variables: Record<string, unknown>, token: string | undefined) => api.gql(query, variables, token);

const operations: Operation[] = [
  {
    name: 'createInstitution', expected: edit, placed: true,
    run: (p, t) => gql(`mutation($i: InstitutionInput!) { createInstitution(input: $i) { id } }`,
      { i: { districtCode: PLACES[p].district, name: `矩阵新建${randomBytes(3).toString('hex')}`, ownership: 'PUBLIC', slots: 10, enrolled: 0, address: '测试', openedOn: '2025-06-01' } }, t),
  },
  {
    name: 'updateInstitution', expected: edit, placed: true,
    run: async (p, t) => { const i = await freshInstitution(PLACES[p].district); return gql(`mutation($id: ID!, $v: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: 55 }) { id } }`, { id: String(i.id), v: i.version }, t); },
  },
  {
    name: 'fileInstitution', expected: edit, placed: true,
    run: async (p, t) => { const i = await freshInstitution(PLACES[p].district); return gql(`mutation($id: ID!, $v: Int!) { fileInstitution(id: $id, expectedVersion: $v, filedOn: "2025-02-01") { id } }`, { id: String(i.id), v: i.version }, t); },
  },
  {
    name: 'closeInstitution', expected: edit, placed: true,
    run: async (p, t) => { const i = await freshInstitution(PLACES[p].district); return gql(`mutation($id: ID!, $v: Int!) { closeInstitution(id: $id, expectedVersion: $v, closedOn: "2025-03-01") { id } }`, { id: String(i.id), v: i.version }, t); },
  },
  {
    name: 'recordIndicatorValue', expected: edit, placed: true,
    run: async (p, t) => {
      const current = await api.sql<{ version: number }>(
        `select v.version from indicator_value v join indicator_definition i on i.id = v.indicator_id join district d on d.id = v.district_id
          where i.key = 'meal_assistance_points' and d.code = $1 and v.period = '2024-01-01'`, [PLACES[p].district]);
      return gql(`mutation($i: IndicatorValueInput!, $v: Int) { recordIndicatorValue(input: $i, expectedVersion: $v) { version } }`,
        { i: { indicatorKey: 'meal_assistance_points', scopeCode: PLACES[p].district, period: '2024-02-15', value: 42 }, v: current[0]?.version ?? null }, t);
    },
  },
  {
    name: 'createTarget', expected: manage, placed: true,
    run: (p, t) => gql(`mutation($i: TargetInput!) { createTarget(input: $i) { id } }`,
      { i: { scopeCode: PLACES[p].district, indicatorKey: 'childcare_slots', title: '矩阵测试目标', kind: 'INCREASE', startsOn: '2026-01-01', deadline: '2026-12-31', baseline: 100, targetValue: 10 } }, t),
  },
  {
    name: 'updateTarget', expected: manage, placed: true,
    run: async (p, t) => {
      const target = await one<{ id: number; version: number }>(`select t.id, t.version from target t join city c on c.id = t.city_id where c.code = $1 order by t.id limit 1`, [PLACES[p].city]);
      return gql(`mutation($id: ID!, $v: Int!) { updateTarget(id: $id, expectedVersion: $v, patch: { title: "矩阵修改" }) { id } }`, { id: String(target.id), v: target.version }, t);
    },
  },
  {
    name: 'setTargetParts', expected: manage, placed: true,
    run: async (p, t) => {
      // Jingzhou's elderly meal-point target (INCREASE), or any target of the other city.
      const target = await one<{ id: number; version: number; target_value: string }>(
        `select t.id, t.version, t.target_value from target t join city c on c.id = t.city_id where c.code = $1 order by (t.kind = 'INCREASE' and t.title like '%助餐点%') desc, t.id limit 1`, [PLACES[p].city]);
      return gql(`mutation($id: ID!, $v: Int!, $parts: [TargetPartInput!]!) { setTargetParts(id: $id, expectedVersion: $v, parts: $parts) { id } }`,
        { id: String(target.id), v: target.version, parts: [{ districtCode: PLACES[p].district, targetValue: Number(target.target_value), baseline: 0 }] }, t);
    },
  },
  {
    name: 'setPaceThresholds', expected: manage, placed: true,
    run: async (p, t) => {
      const [setting] = await api.sql<{ version: number }>(`select s.version from pace_setting s join city c on c.id = s.city_id where c.code = $1`, [PLACES[p].city]);
      return gql(`mutation($c: String!, $v: Int!) { setPaceThresholds(cityCode: $c, expectedVersion: $v, behindFrom: 5, farBehindFrom: ${20 + (setting?.version ?? 0)}) { version } }`,
        { c: PLACES[p].city, v: setting?.version ?? 0 }, t);
    },
  },
  {
    name: 'updateUser', expected: manage, placed: true,
    run: async (p, t) => {
      const user = await one<{ id: number; version: number }>(`select u.id, u.version from app_user u join city c on c.id = u.city_id where c.code = $1 and u.role = 'LEADER'`, [PLACES[p].city]);
      return gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, patch: { displayName: "矩阵" }) { id } }`, { id: String(user.id), v: user.version }, t);
    },
  },
  {
    name: 'issueDisplayToken', expected: manage, placed: true,
    run: (p, t) => gql(`mutation($c: String!) { issueDisplayToken(cityCode: $c, name: "矩阵") { token } }`, { c: PLACES[p].city }, t),
  },
  {
    name: 'revokeDisplayToken', expected: manage, placed: true,
    run: async (p, t) => {
      const token = await one<{ id: number }>(`insert into display_token (name, city_id, token_hash) select '矩阵', id, $2 from city where code = $1 returning id`, [PLACES[p].city, randomBytes(32).toString('hex')]);
      return gql(`mutation($id: ID!) { revokeDisplayToken(id: $id) { id } }`, { id: String(token.id) }, t);
    },
  },
  { name: 'displayTokens', expected: manage, placed: true, run: (p, t) => gql(`query($c: String!) { displayTokens(cityCode: $c) { id } }`, { c: PLACES[p].city }, t) },
  { name: 'auditLog', expected: readAudit, placed: true, run: (p, t) => gql(`query($c: String!) { auditLog(filter: { cityCode: $c }, first: 1) { totalCount } }`, { c: PLACES[p].city }, t) },
  { name: 'institutions', expected: readRecords, placed: true, run: (p, t) => gql(`query($c: String!) { institutions(filter: { cityCode: $c }, first: 1) { totalCount } }`, { c: PLACES[p].city }, t) },
  {
    name: 'institution.history', expected: readHistory, placed: true,
    run: async (p, t) => { const i = await freshInstitution(PLACES[p].district); return gql(`query($id: ID!) { institution(id: $id) { history { id } } }`, { id: String(i.id) }, t); },
  },
  {
    name: 'District.institutions', expected: readRecords, placed: true,
    run: (p, t) => gql(`query($c: String!) { district(code: $c) { institutions(first: 1) { id } } }`, { c: PLACES[p].district }, t),
  },
  {
    name: 'createUser', expected: (who) => manage(who, 'OWN_DISTRICT'), placed: false,
    run: (_p, t) => gql(`mutation($i: UserInput!) { createUser(input: $i) { id } }`,
      { i: { username: `matrix.${randomBytes(3).toString('hex')}`, displayName: '矩阵用户', role: 'LEADER', password: 'matrix-password-1' } }, t),
  },
  { name: 'users', expected: (who) => manage(who, 'OWN_DISTRICT'), placed: false, run: (_p, t) => gql(`{ users { id } }`, {}, t) },
];

/** Mutations whose access is tested elsewhere, and where. */
const ELSEWHERE: Record<string, string> = {
  login: 'open to anyone by design: auth.test.ts',
  logout: 'acts on the caller\'s own session: auth.test.ts',
  refreshToken: 'acts on the caller\'s own session: auth.test.ts',
  importInstitutions: 'import.test.ts refuses leader, analyst and anonymous',
  importIndicatorValues: 'import.test.ts refuses leader, analyst and anonymous',
};

async function auditTotal(): Promise<number> {
  return Number((await one<{ n: string }>('select count(*) n from audit_entry')).n);
}

describe('the authorization matrix', () => {
  it('gives every role exactly the access the policy grants, and a refused change writes nothing', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      for (const place of op.placed ? (Object.keys(PLACES) as Place[]) : (['OWN_DISTRICT'] as Place[])) {
        for (const who of WHO) {
          const expected = op.expected(who, place);
          const auditBefore = await auditTotal();
          const res = await op.run(place, tokens.get(who));
          const code = res.errors?.[0]?.extensions?.code;
          const actual: string = res.errors ? String(code) : 'ALLOW';
          if (actual !== expected) mismatches.push(`${op.name} by ${who} at ${place}: expected ${expected}, got ${actual} ${res.errors ? JSON.stringify(res.errors[0]) : ''}`);
          if (expected !== 'ALLOW' && (await auditTotal()) !== auditBefore) mismatches.push(`${op.name} by ${who} at ${place}: refused, yet the audit trail grew`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('covers every mutation of the schema, apart from the sign-in ones and the imports, which have role tests of their own', async () => {
    const schema = buildSchema(await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const uncovered = mutations.filter((name) => !(name in ELSEWHERE) && !operations.some((o) => o.name === name));
    expect(uncovered).toEqual([]);
    // An exemption for a mutation that no longer exists is stale and hides nothing: drop it.
    expect(Object.keys(ELSEWHERE).filter((name) => !mutations.includes(name))).toEqual([]);
  });
});
