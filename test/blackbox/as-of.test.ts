import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { citySlots, openInstitution } from '../support/figures.js';

// cityOverview(asOf): the figures as they stood at an instant, rebuilt from the audit trail.
// Each test takes an instant from the database's clock (the audit trail's), changes
// something through the API, then reads the overview at that instant and now.

let api: TestServer;
let staff: string;
let admin: string;
beforeAll(async () => {
  api = await startTestServer();
  staff = await api.login('staff.shashi');
  admin = await api.login('admin.jz');
});
afterAll(() => api?.close());

interface Overview {
  slots: number;
  institutionCount: number;
  filedInstitutionCount: number;
  asOf: string | null;
  districts: { code: string; slots: number; institutionCount: number }[];
  targets: { id: string; targetValue: number; title: string; currentValue: number | null }[];
  indicators: { key: string; value: number | null }[];
}

const OVERVIEW = `query($asOf: DateTime) { cityOverview(code: "421000", asOf: $asOf) {
  slots institutionCount filedInstitutionCount asOf
  districts { code slots institutionCount }
  targets { id targetValue title currentValue }
  indicators { key value }
} }`;

async function overview(asOf?: string): Promise<Overview> {
  const res = await api.gql<{ cityOverview: Overview }>(OVERVIEW, asOf ? { asOf } : {});
  expect(res.errors).toBeUndefined();
  return res.data!.cityOverview;
}

/** An instant on the database's clock, strictly between what came before and what comes after. */
async function instant(): Promise<string> {
  const [row] = await api.sql<{ now: Date }>('select clock_timestamp() as now');
  await new Promise((r) => setTimeout(r, 5));
  return row!.now.toISOString();
}

const shashi = (o: Overview) => o.districts.find((d) => d.code === '421002')!;

describe('cityOverview asOf', () => {
  it('reads both the old and the new slot count back after a change, for the city and its district', async () => {
    const institution = await openInstitution(api, '421002');
    const before = await overview();
    const then = await instant();
    const res = await api.gql(
      'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }, reason: "回溯测试 / as-of test") { version } }',
      { id: String(institution.id), v: institution.version, s: institution.slots + 17 },
      staff,
    );
    expect(res.errors).toBeUndefined();

    const old = await overview(then);
    const now = await overview(new Date().toISOString());
    expect(old.slots).toBe(before.slots);
    expect(shashi(old).slots).toBe(shashi(before).slots);
    expect(now.slots).toBe(before.slots + 17);
    expect(now.slots).toBe(await citySlots(api, '421000'));
    expect(shashi(now).slots).toBe(shashi(before).slots + 17);
    expect(old.asOf).toBe(then);
    expect((await overview()).asOf).toBeNull();
  });

  it('answers city, cities and district with asOf with the same figures as the overview at that instant', async () => {
    const institution = await openInstitution(api, '421002');
    const before = await overview();
    const then = await instant();
    const res = await api.gql(
      'mutation($id: ID!, $v: Int!, $s: Int!) { updateInstitution(id: $id, expectedVersion: $v, patch: { slots: $s }) { version } }',
      { id: String(institution.id), v: institution.version, s: institution.slots + 9 },
      staff,
    );
    expect(res.errors).toBeUndefined();

    const areas = await api.gql<{
      city: { slots: number; institutionCount: number; districts: { code: string; slots: number; city: { slots: number } }[]; targets: { id: string; currentValue: number | null }[] };
      cities: { code: string; slots: number }[];
      district: { slots: number; slotsPer1000: number; city: { slots: number } };
      now: { slots: number };
    }>(
      `query($asOf: DateTime) {
        city(code: "421000", asOf: $asOf) { slots institutionCount districts { code slots city { slots } } targets { id currentValue } }
        cities(asOf: $asOf) { code slots }
        district(code: "421002", asOf: $asOf) { slots slotsPer1000 city { slots } }
        now: district(code: "421002") { slots }
      }`,
      { asOf: then },
    );
    expect(areas.errors).toBeUndefined();
    const { city, cities, district, now } = areas.data!;
    expect(city.slots).toBe(before.slots);
    expect(city.institutionCount).toBe(before.institutionCount);
    expect(cities.find((c) => c.code === '421000')!.slots).toBe(before.slots);
    expect(district.slots).toBe(shashi(before).slots);
    expect(district.city.slots).toBe(before.slots);
    expect(now.slots).toBe(shashi(before).slots + 9);
    expect(city.districts.find((d) => d.code === '421002')!.slots).toBe(shashi(before).slots);
    expect(city.districts.every((d) => d.city.slots === before.slots)).toBe(true);
    const overviewThen = await overview(then);
    expect(city.targets.map((t) => t.currentValue)).toEqual(overviewThen.targets.map((t) => t.currentValue));
  });

  it('leaves out an institution created after the instant and keeps one closed after it', async () => {
    const open = await openInstitution(api, '421002');
    const before = await overview();
    const then = await instant();
    const created = await api.gql<{ createInstitution: { id: string; slots: number } }>(
      `mutation { createInstitution(input: { name: "回溯测试托育园 as-of", districtCode: "421002", ownership: PRIVATE, slots: 40, enrolled: 10, address: "沙市区测试路 1 号", openedOn: "2024-01-01" }) { id slots } }`,
      {},
      staff,
    );
    expect(created.errors).toBeUndefined();
    const [fresh] = await api.sql<{ version: number }>('select version from institution where id = $1', [open.id]);
    const closed = await api.gql(
      'mutation($id: ID!, $v: Int!, $d: LocalDate!) { closeInstitution(id: $id, expectedVersion: $v, closedOn: $d) { closedOn } }',
      { id: String(open.id), v: fresh!.version, d: new Date().toISOString().slice(0, 10) },
      staff,
    );
    expect(closed.errors).toBeUndefined();

    const old = await overview(then);
    const now = await overview();
    expect(old.institutionCount).toBe(before.institutionCount);
    expect(old.slots).toBe(before.slots);
    expect(shashi(old).institutionCount).toBe(shashi(before).institutionCount);
    expect(now.institutionCount).toBe(before.institutionCount); // one more, one fewer
    expect(now.slots).toBe(before.slots + 40 - open.slots);
  });

  it('answers with a target and a recorded figure as they stood before they were edited', async () => {
    const before = await overview();
    const target = before.targets[0]!;
    const [row] = await api.sql<{ version: number }>('select version from target where id = $1', [target.id]);
    const then = await instant();
    const edited = await api.gql(
      'mutation($id: ID!, $v: Int!, $t: Float!) { updateTarget(id: $id, expectedVersion: $v, patch: { targetValue: $t, title: "改过的目标 / edited target" }) { targetValue } }',
      { id: target.id, v: row!.version, t: target.targetValue + 1000 },
      admin,
    );
    expect(edited.errors).toBeUndefined();

    // Elderly-care beds are recorded per district; the city's card is their sum.
    const [beds] = await api.sql<{ period: string; version: number; value: string }>(
      `select v.period::text as period, v.version, v.value from indicator_value v join indicator_definition i on i.id = v.indicator_id join district d on d.id = v.district_id
        where i.key = 'elderly_care_beds' and d.code = '421002' order by v.period desc limit 1`,
    );
    const bedsCard = (o: Overview) => o.indicators.find((i) => i.key === 'elderly_care_beds')!.value!;
    const recorded = await api.gql(
      'mutation($p: LocalDate!, $v: Int!) { recordIndicatorValue(input: { indicatorKey: "elderly_care_beds", scopeCode: "421002", period: $p, value: 99999 }, expectedVersion: $v) { value } }',
      { p: beds!.period, v: beds!.version },
      admin,
    );
    expect(recorded.errors).toBeUndefined();

    const old = await overview(then);
    const now = await overview();
    const oldTarget = old.targets.find((t) => t.id === target.id)!;
    expect(oldTarget.targetValue).toBe(target.targetValue);
    expect(oldTarget.title).toBe(target.title);
    expect(now.targets.find((t) => t.id === target.id)!.targetValue).toBe(target.targetValue + 1000);
    expect(bedsCard(old)).toBe(bedsCard(before));
    expect(bedsCard(now)).toBe(bedsCard(before) - Number(beds!.value) + 99999);
  });

  it('knows nothing of rows created after the instant, before the demo data existed', async () => {
    const [seeded] = await api.sql<{ at: Date }>('select min(created_at) as at from institution');
    const old = await overview(new Date(seeded!.at.getTime() - 60_000).toISOString());
    expect(old.slots).toBe(0);
    expect(old.institutionCount).toBe(0);
    expect(old.districts.length).toBeGreaterThan(0);
  });

  it('refuses an instant in the future with BAD_USER_INPUT on asOf', async () => {
    const res = await api.gql(OVERVIEW, { asOf: new Date(Date.now() + 3_600_000).toISOString() });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    expect(res.data ?? null).toBeNull();
  });
});
