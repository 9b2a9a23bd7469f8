import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface Overview {
  cityOverview: {
    slots: number;
    slotsYearAgo: number | null;
    slotsChange: number | null;
    institutionCount: number;
    filedInstitutionCount: number;
    slotsPer1000: number;
    population: number;
    districts: { code: string; slots: number; institutionCount: number; filedInstitutionCount: number; slotsPer1000: number; population: number }[];
    targets: { title: string; progress: number | null }[];
    indicators: { key: string; category: string; value: number | null }[];
    lastChangedAt: string;
  };
}

const OVERVIEW = `query($code: String!) { cityOverview(code: $code) {
  slots slotsYearAgo slotsChange institutionCount filedInstitutionCount slotsPer1000 population
  districts { code slots institutionCount filedInstitutionCount slotsPer1000 population }
  targets { title progress } indicators { key category value } lastChangedAt
} }`;

describe('aggregates', () => {
  it('makes the city totals the sums of its districts, and both match the database', async () => {
    const res = await api.gql<Overview>(OVERVIEW, { code: '421000' });
    const o = res.data!.cityOverview;
    expect(o.slots).toBe(o.districts.reduce((s, d) => s + d.slots, 0));
    expect(o.institutionCount).toBe(o.districts.reduce((s, d) => s + d.institutionCount, 0));
    const [db] = await api.sql<{ slots: string }>(
      `select sum(i.slots) slots from institution i join district d on d.id = i.district_id join city c on c.id = d.city_id
        where c.code = '421000' and i.closed_on is null`,
    );
    expect(o.slots).toBe(Number(db!.slots));
    expect(o.slotsPer1000).toBeCloseTo((o.slots / o.population) * 1000, 10);
  });

  it('states the change on the year before from the recorded history', async () => {
    const o = (await api.gql<Overview>(OVERVIEW, { code: '421000' })).data!.cityOverview;
    expect(o.slotsYearAgo).not.toBeNull();
    expect(o.slotsChange).toBe(o.slots - o.slotsYearAgo!);
  });

  it('gives indicator cards for both sides of 一老一小', async () => {
    const o = (await api.gql<Overview>(OVERVIEW, { code: '421000' })).data!.cityOverview;
    expect(new Set(o.indicators.map((i) => i.category))).toEqual(new Set(['YOUNG', 'OLD']));
    expect(o.indicators.find((i) => i.key === 'beds_per_1000_elderly')?.value).toBeGreaterThan(0);
  });

  it('rolls monthly history up to quarters and years, keeping the level at the end of each', async () => {
    const q = `query($g: Granularity!) { indicatorSeries(key: "childcare_slots", scopeCode: "421002", from: "2023-01-01", to: "2023-12-31", granularity: $g) { period value } }`;
    const months = (await api.gql<{ indicatorSeries: { period: string; value: number }[] }>(q, { g: 'MONTH' })).data!.indicatorSeries;
    const quarters = (await api.gql<{ indicatorSeries: { period: string; value: number }[] }>(q, { g: 'QUARTER' })).data!.indicatorSeries;
    const years = (await api.gql<{ indicatorSeries: { period: string; value: number }[] }>(q, { g: 'YEAR' })).data!.indicatorSeries;
    expect(months).toHaveLength(12);
    expect(quarters.map((p) => p.period)).toEqual(['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01']);
    expect(quarters[1]!.value).toBe(months[5]!.value);
    expect(years).toEqual([{ period: '2023-01-01', value: months[11]!.value }]);
  });

  it('ends the slot series with the live figure of the current month', async () => {
    const res = await api.gql<{ indicatorSeries: { value: number; live: boolean }[]; city: { slots: number } }>(
      `{ indicatorSeries(key: "childcare_slots", scopeCode: "421000", from: "2022-01-01", to: "2050-12-31") { value live } city(code: "421000") { slots } }`,
    );
    const last = res.data!.indicatorSeries.at(-1)!;
    expect(last).toEqual({ value: res.data!.city.slots, live: true });
  });

  it('rejects a series whose start is after its end with BAD_USER_INPUT', async () => {
    const res = await api.gql(`{ indicatorSeries(key: "childcare_slots", scopeCode: "421000", from: "2024-01-01", to: "2023-01-01") { value } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('answers NOT_FOUND for an unknown indicator or city', async () => {
    const a = await api.gql(`{ indicatorSeries(key: "nope", scopeCode: "421000", from: "2023-01-01", to: "2023-12-31") { value } }`);
    const b = await api.gql(`{ cityOverview(code: "999999") { slots } }`);
    expect(a.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(b.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a change made in the database directly as soon as its change notice arrives', async () => {
    const before = (await api.gql<Overview>(OVERVIEW, { code: '320700' })).data!.cityOverview;
    await api.sql(`update institution set slots = slots + 7, version = version + 1 where id = (
      select i.id from institution i join district d on d.id = i.district_id where d.code = '320703' and i.closed_on is null order by i.id limit 1)`);
    let after = before;
    for (const deadline = Date.now() + 2_000; after.slots === before.slots && Date.now() < deadline; ) {
      after = (await api.gql<Overview>(OVERVIEW, { code: '320700' })).data!.cityOverview;
    }
    expect(after.slots).toBe(before.slots + 7);
    expect(after.districts.find((d) => d.code === '320703')!.slots).toBe(before.districts.find((d) => d.code === '320703')!.slots + 7);
    expect(Date.parse(after.lastChangedAt)).toBeGreaterThanOrEqual(Date.parse(before.lastChangedAt));
  });

  // The notice usually arrives first anyway; the unit tests of OverviewReads show the write alone suffices.
  it('shows a write through the API to the very next query', async () => {
    const token = await api.login('staff.haizhou');
    const [row] = await api.sql<{ id: number; version: number; slots: number }>(
      `select i.id, i.version, i.slots from institution i join district d on d.id = i.district_id where d.code = '320706' and i.closed_on is null order by i.id limit 1`,
    );
    const before = (await api.gql<Overview>(OVERVIEW, { code: '320700' })).data!.cityOverview;
    const res = await api.gql(
      'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }) { slots } }',
      { id: String(row!.id), v: row!.version, s: row!.slots + 3 },
      token,
    );
    expect(res.errors).toBeUndefined();
    const after = (await api.gql<Overview>(OVERVIEW, { code: '320700' })).data!.cityOverview;
    expect(after.slots).toBe(before.slots + 3);
  });

  it('shares one computation among queries of a city while nothing changes', async () => {
    type Stamp = { cityOverview: { generatedAt: string } };
    const first = (await api.gql<Stamp>(`{ cityOverview(code: "421000") { generatedAt } }`)).data!.cityOverview;
    const second = (await api.gql<Stamp>(`{ cityOverview(code: "421000") { generatedAt } }`)).data!.cityOverview;
    expect(second.generatedAt).toBe(first.generatedAt);
    const res = await api.gql(`{ cityOverview(code: "421000") { slots } }`);
    expect(res.extensions?.sqlStatements).toBe(0);
  });
});
