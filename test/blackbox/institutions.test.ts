import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
let analyst: string;
beforeAll(async () => {
  api = await startTestServer();
  analyst = await api.login('analyst');
});
afterAll(() => api?.close());

interface Page {
  institutions: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; slots: number; inclusive: boolean; filedOn: string | null; district: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query($filter: InstitutionFilter, $orderBy: InstitutionOrder, $first: Int, $after: String) {
  institutions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name slots inclusive filedOn district { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function page(variables: Record<string, unknown>): Promise<Page['institutions']> {
  const res = await api.gql<Page>(PAGE, variables, analyst);
  expect(res.errors).toBeUndefined();
  return res.data!.institutions;
}

describe('institutions', () => {
  it('filters by district, inclusive and filed together', async () => {
    const result = await page({ filter: { districtCode: '421002', inclusive: true, filed: true }, first: 100 });
    const rows = await api.sql<{ n: string }>(
      `select count(*) n from institution i join district d on d.id = i.district_id
        where d.code = '421002' and i.inclusive and i.filed_on is not null and i.closed_on is null`,
    );
    expect(result.totalCount).toBe(Number(rows[0]!.n));
    expect(result.edges.every((e) => e.node.district.code === '421002' && e.node.inclusive && e.node.filedOn !== null)).toBe(true);
  });

  it('finds institutions by a part of their name', async () => {
    const result = await page({ filter: { search: '爱思晨' } });
    expect(result.edges.map((e) => e.node.name)).toEqual(['洪湖市爱思晨婴幼儿托育中心']);
  });

  it('treats % and _ in a search as plain characters, not wildcards', async () => {
    expect((await page({ filter: { search: '%' } })).totalCount).toBe(0);
    expect((await page({ filter: { search: '_' } })).totalCount).toBe(0);
  });

  it('sorts by slots, largest first, with ties broken the same way every time', async () => {
    const result = await page({ filter: { cityCode: '421000' }, orderBy: { field: 'SLOTS', direction: 'DESC' }, first: 100 });
    const slots = result.edges.map((e) => e.node.slots);
    expect(slots).toEqual([...slots].sort((a, b) => b - a));
    expect(await page({ filter: { cityCode: '421000' }, orderBy: { field: 'SLOTS', direction: 'DESC' }, first: 100 })).toEqual(result);
  });

  it('walks every page of a city exactly once, and the pages add up to totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 100; guard += 1) {
      const result = await page({ filter: { cityCode: '320700' }, orderBy: { field: 'NAME' }, first: 7, after });
      total = result.totalCount;
      seen.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const open = await api.sql<{ n: string }>(
      `select count(*) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '320700' and i.closed_on is null`,
    );
    expect(total).toBe(Number(open[0]!.n));
  });

  it.each([
    ['NAME', 'DESC'],
    ['SLOTS', 'ASC'],
    ['ENROLLED', 'DESC'],
    ['OPENED_ON', 'ASC'],
    ['UPDATED_AT', 'DESC'],
  ])('walks every page in %s %s order exactly once, each page continuing the order', async (field, direction) => {
    // Several institutions changed in one statement share a timestamp: the id must break the tie.
    await api.sql(`update institution set updated_at = '2026-01-01T08:00:00.123456Z' where id in (
      select i.id from institution i join district d on d.id = i.district_id where d.code = '421002' order by i.id limit 5)`);
    const column = { NAME: 'i.name', SLOTS: 'i.slots', ENROLLED: 'i.enrolled', OPENED_ON: 'i.opened_on', UPDATED_AT: 'i.updated_at' }[field]!;
    const expected = await api.sql<{ id: number }>(
      `select i.id from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.closed_on is null order by ${column} ${direction}, i.id ${direction}`,
    );
    const walked: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const result: Page['institutions'] = await page({ filter: { cityCode: '421000' }, orderBy: { field, direction }, first: 6, after });
      walked.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(walked).toEqual(expected.map((r) => String(r.id)));
  });

  it('combines ownership, pilot level, demonstration level and not-filed filters as the database would', async () => {
    const result = await page({ filter: { cityCode: '421000', ownership: 'PRIVATE', filed: false }, first: 100 });
    const [expected] = await api.sql<{ n: number }>(
      `select count(*)::int n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.ownership = 'PRIVATE' and i.filed_on is null and i.closed_on is null`,
    );
    expect(result.totalCount).toBe(expected!.n);
    expect(result.edges.every((e) => e.node.filedOn === null)).toBe(true);
    const demo = await page({ filter: { cityCode: '421000', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'NONE' }, first: 100 });
    const [expectedDemo] = await api.sql<{ n: number }>(
      `select count(*)::int n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.demonstration_level = 'PROVINCIAL' and i.pilot_level = 'NONE' and i.closed_on is null`,
    );
    expect(demo.totalCount).toBe(expectedDemo!.n);
  });

  it('leaves closed institutions out unless asked for', async () => {
    const open = await page({ filter: { cityCode: '421000' } });
    const all = await page({ filter: { cityCode: '421000', includeClosed: true } });
    const closed = await api.sql<{ n: string }>(
      `select count(*) n from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.closed_on is not null`,
    );
    expect(Number(closed[0]!.n)).toBeGreaterThan(0);
    expect(all.totalCount - open.totalCount).toBe(Number(closed[0]!.n));
  });

  it('rejects a page larger than 100 with BAD_USER_INPUT', async () => {
    const res = await api.gql(PAGE, { first: 101 }, analyst);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_TOO_LARGE', field: 'first' });
    expect(res.data).toBeNull();
  });

  it('rejects a forged cursor with BAD_USER_INPUT', async () => {
    const res = await api.gql(PAGE, { first: 5, after: 'bm90LWEtY3Vyc29y' }, analyst);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers FORBIDDEN for another city’s list and NOT_FOUND for an unknown city or district, and an empty page for a search that matches nothing', async () => {
    const leader = await api.login('leader.jz');
    const list = (filter: Record<string, unknown>) =>
      api.gql<{ institutions: { totalCount: number; edges: unknown[] } }>(`query($f: InstitutionFilter) { institutions(filter: $f, first: 5) { totalCount edges { node { id } } } }`, { f: filter }, leader);
    const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
    expect(code(await list({ cityCode: '320700' }))).toBe('FORBIDDEN');
    expect(code(await list({ districtCode: '320706' }))).toBe('FORBIDDEN');
    expect(code(await list({ cityCode: '999999' }))).toBe('NOT_FOUND');
    expect(code(await list({ districtCode: '999999' }))).toBe('NOT_FOUND');
    const nothing = await list({ cityCode: '421000', search: '不存在的机构名称' });
    expect(nothing.errors).toBeUndefined();
    expect(nothing.data?.institutions).toEqual({ totalCount: 0, edges: [] });
    // Without a city filter, a leader's list is the leader's city, as an analyst filters it.
    const cityList = await api.gql<{ institutions: { totalCount: number } }>(`{ institutions(filter: { cityCode: "421000" }, first: 1) { totalCount } }`, {}, analyst);
    expect(cityList.data?.institutions.totalCount).toBeGreaterThan(0);
    expect((await list({})).data?.institutions.totalCount).toBe(cityList.data?.institutions.totalCount);
  });

  it('answers null for an unknown institution id', async () => {
    const res = await api.gql<{ institution: null }>(`{ institution(id: "999999") { name } }`, {}, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data?.institution).toBeNull();
  });
});
