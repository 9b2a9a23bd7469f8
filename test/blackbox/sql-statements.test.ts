import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  // Each query computes its own overview here, so its statements can be counted.
  api = await startTestServer({ OVERVIEW_READ_SHARING: 'false' });
});
afterAll(() => api?.close());

const NESTED = `query($first: Int) { cities { code slots filedInstitutionCount slotsPer1000 targets { title progress }
  districts { code slots inclusiveInstitutionCount city { code }
    institutions(first: $first) { name slots district { code name } } } } }`;

async function statements(query: string, variables?: Record<string, unknown>): Promise<number> {
  const res = await api.gql(query, variables, await api.login('analyst'));
  expect(res.errors).toBeUndefined();
  return res.extensions?.sqlStatements as number;
}

describe('SQL statements per request', () => {
  it('stay the same for a nested query whether it returns 1 or 100 institutions per district', async () => {
    // The server remembers the account after its first check: count both with it remembered.
    await statements('{ me { id } }');
    const few = await statements(NESTED, { first: 1 });
    const many = await statements(NESTED, { first: 100 });
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('stay the same for cityOverview and the nested query after the data set doubles', async () => {
    const overview = `{ cityOverview(code: "421000") { slots districts { slots } targets { progress } indicators { value } } }`;
    const overviewBefore = await statements(overview);
    const nestedBefore = await statements(NESTED, { first: 100 });
    // Twice the institutions, spread over every district, and a district more.
    await api.sql(`insert into district (code, name, name_en, kind, city_id, population, children_under3, residents60plus)
                   select '421099', '测试区', 'Test District', 'DISTRICT', id, 100000, 2000, 20000 from city where code = '421000'`);
    await api.sql(`insert into institution (name, district_id, ownership, slots, enrolled, age_classes, address, opened_on)
                   select i.name || '（分园）', d.id, i.ownership, i.slots, i.enrolled, i.age_classes, i.address, i.opened_on
                     from institution i cross join lateral (select id from district order by random() limit 1) d`);
    expect(await statements(overview)).toBe(overviewBefore);
    expect(await statements(NESTED, { first: 100 })).toBe(nestedBefore);
  });

  it('answers a page of institutions of the viewer’s own city in one statement, and looks the city up only when the page is empty', async () => {
    const token = await api.login('leader.jz');
    const page = (search: string) =>
      api.gql<{ institutions: { edges: unknown[] } }>(
        `query($s: String) { institutions(filter: { cityCode: "421000", search: $s }, first: 50) { edges { node { name district { name } } } } }`,
        { s: search },
        token,
      );
    await page(''); // the account is remembered after its first check
    const full = await page('');
    expect(full.data?.institutions.edges).toHaveLength(50);
    expect(full.extensions?.sqlStatements).toBe(1);
    const empty = await page('不存在的机构名称');
    expect(empty.data?.institutions.edges).toEqual([]);
    expect(empty.extensions?.sqlStatements).toBe(2);
  });

  it('answers cityOverview in at most 15 statements', async () => {
    expect(await statements(`{ cityOverview(code: "320700") { slots districts { slots } targets { progress } indicators { value } } }`)).toBeLessThanOrEqual(15);
  });
});
