import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Coverage targets, district parts of a city target, and the pace of every target.

let api: TestServer;
let admin: string;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.login('admin.jz');
});
afterAll(() => api?.close());

interface TargetRow {
  id: string; title: string; kind: string; scopeCode: string; version: number; targetValue: number; baseline: number; currentValue: number | null;
  progress: number | null; expectedProgress: number; gapPoints: number | null; pace: string; coverage: { covered: number; total: number } | null;
  coverageUnit: string | null; startsOn: string; deadline: string;
}
const FIELDS = 'id title kind scopeCode version targetValue baseline currentValue progress expectedProgress gapPoints pace coverage { covered total } coverageUnit startsOn deadline';

async function cityTargets(code: string): Promise<(TargetRow & { parts: (TargetRow & { parent: { id: string } })[] })[]> {
  const res = await api.gql<{ city: { targets: (TargetRow & { parts: (TargetRow & { parent: { id: string } })[] })[] } }>(
    `query($c: String!) { city(code: $c) { targets { ${FIELDS} parts { ${FIELDS} parent { id } } } } }`, { c: code });
  expect(res.errors).toBeUndefined();
  return res.data!.city.targets;
}

const SET_PARTS = `mutation($id: ID!, $v: Int!, $parts: [TargetPartInput!]!) { setTargetParts(id: $id, expectedVersion: $v, parts: $parts, reason: "测试分解") { id version parts { scopeCode targetValue baseline title } } }`;

describe('coverage targets', () => {
  it('measure Lianyungang’s 2025 target as covered townships of the 87 that count, at its deadline', async () => {
    const t = (await cityTargets('320700')).find((x) => x.kind === 'COVERAGE')!;
    expect(t).toMatchObject({ title: '2025年普惠托育服务乡镇（街道）全覆盖', coverageUnit: 'TOWNSHIP', targetValue: 100, deadline: '2025-12-31' });
    const [row] = await api.sql<{ covered: string }>(
      `select count(distinct t.id) covered from township t join district d on d.id = t.district_id join city c on c.id = d.city_id
         join institution i on i.township_id = t.id and i.inclusive and i.opened_on <= '2025-12-31' and (i.closed_on is null or i.closed_on > '2025-12-31')
        where c.code = '320700' and t.kind <> 'OTHER'`);
    expect(t.coverage).toEqual({ covered: Number(row!.covered), total: 87 });
    expect(t.currentValue).toBeCloseTo((Number(row!.covered) / 87) * 100, 2);
    expect(t.pace).toBe('FAR_BEHIND');
  });

  it('count districts for 县区全覆盖, and a district’s own townships for a district’s target', async () => {
    const create = (input: Record<string, unknown>) => api.gql<{ createTarget: TargetRow }>(
      `mutation($i: TargetInput!) { createTarget(input: $i) { ${FIELDS} } }`,
      { i: { indicatorKey: 'inclusive_institutions', kind: 'COVERAGE', startsOn: '2026-01-01', deadline: '2026-12-31', baseline: 0, targetValue: 100, ...input } }, admin);
    const counties = await create({ scopeCode: '421000', title: '县区普惠托育全覆盖', coverageUnit: 'DISTRICT' });
    expect(counties.errors).toBeUndefined();
    expect(counties.data!.createTarget).toMatchObject({ coverageUnit: 'DISTRICT', coverage: { covered: 8, total: 8 }, currentValue: 100, pace: 'MET' });
    const jiangling = await create({ scopeCode: '421024', title: '江陵县乡镇普惠托育全覆盖' });
    const [counted] = await api.sql<{ n: string }>(`select count(*) n from township where code like '421024%' and kind <> 'OTHER'`);
    expect(jiangling.data!.createTarget.coverage!.total).toBe(Number(counted!.n));
    expect(jiangling.data!.createTarget.coverageUnit).toBe('TOWNSHIP');
    const districtTargets = await api.gql<{ district: { targets: { title: string }[] } }>('{ district(code: "421024") { targets { title } } }');
    expect(districtTargets.data!.district.targets.map((t) => t.title)).toContain('江陵县乡镇普惠托育全覆盖');
    expect((await create({ scopeCode: '421000', title: '错误指标', indicatorKey: 'childcare_slots' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorKey' });
    expect((await create({ scopeCode: '421000', title: '超过百分百', targetValue: 120 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValue' });
  });
});

describe('district parts of a city target', () => {
  it('split Jingzhou’s 2023 target into eight parts adding up to 2,000, each a target of its district pointing back at it', async () => {
    const targets = await cityTargets('421000');
    const t = targets.find((x) => x.title === '2023年新增托位2000个')!;
    expect(t.parts).toHaveLength(8);
    expect(t.parts.reduce((s, p) => s + p.targetValue, 0)).toBe(2_000);
    expect(t.parts.reduce((s, p) => s + p.baseline, 0)).toBe(11_966);
    for (const p of t.parts) expect(p).toMatchObject({ parent: { id: t.id }, kind: 'INCREASE', startsOn: '2023-01-01', deadline: '2023-12-31' });
    // Parts are read through their city target and their district, not listed among the city's own.
    const partIds = new Set(t.parts.map((p) => p.id));
    expect(targets.filter((x) => partIds.has(x.id))).toEqual([]);
    const shashi = await api.gql<{ district: { targets: { title: string; parent: { id: string } | null }[] } }>('{ district(code: "421002") { targets { title parent { id } } } }');
    expect(shashi.data!.district.targets).toContainEqual({ title: '沙市区：2023年新增托位2000个（演示分解）', parent: { id: t.id } });
    expect(new Set(t.parts.map((p) => p.pace))).toEqual(new Set(['MET', 'ON_PACE', 'BEHIND', 'FAR_BEHIND']));
  });

  it('give every target of both cities, and every part, a pace and a gap behind the expected progress', async () => {
    for (const code of ['421000', '320700']) {
      for (const t of (await cityTargets(code)).flatMap((x) => [x, ...x.parts])) {
        expect(['MET', 'ON_PACE', 'BEHIND', 'FAR_BEHIND'], t.title).toContain(t.pace);
        if (t.progress !== null) expect(t.gapPoints, t.title).toBeCloseTo((t.expectedProgress - t.progress) * 100, 1);
        if (t.progress !== null && t.progress >= 1) expect(t.pace).toBe('MET');
      }
    }
  });

  it('refuse a split that does not add up, a district of another city, and a stale version, writing nothing', async () => {
    const t = (await cityTargets('421000')).find((x) => x.title === '2026年新增普惠托位800个')!;
    const auditBefore = (await api.sql<{ n: string }>('select count(*) n from audit_entry'))[0]!.n;
    const run = (parts: unknown[], v = t.version) => api.gql(SET_PARTS, { id: t.id, v, parts }, admin);
    expect((await run([{ districtCode: '421002', targetValue: 500, baseline: 0 }, { districtCode: '421003', targetValue: 200, baseline: 0 }])).errors?.[0]?.extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts', sum: 700, expected: 800 });
    expect((await run([{ districtCode: '320706', targetValue: 800, baseline: 0 }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts.0.districtCode' });
    expect((await run([{ districtCode: '421002', targetValue: 400, baseline: 0 }, { districtCode: '421002', targetValue: 400, baseline: 0 }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts.1.districtCode' });
    expect((await run([{ districtCode: '421002', targetValue: 800, baseline: 0 }], t.version + 1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const lyg = (await cityTargets('320700')).find((x) => x.kind === 'PER_1000')!;
    expect((await api.gql(SET_PARTS, { id: lyg.id, v: lyg.version, parts: [] }, await api.login('admin.lyg'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts' });
    expect((await api.sql<{ n: string }>('select count(*) n from audit_entry'))[0]!.n).toBe(auditBefore);
  });

  it('replace a split: parts kept are updated, new ones created, dropped ones deleted, each audited, and the city target moves to a new version', async () => {
    const t = (await cityTargets('421000')).find((x) => x.title === '2026年新增普惠托位800个')!;
    const first = await api.gql<{ setTargetParts: { version: number; parts: { scopeCode: string; targetValue: number }[] } }>(SET_PARTS, {
      id: t.id, v: t.version, parts: [{ districtCode: '421002', targetValue: 500, baseline: 2400 }, { districtCode: '421003', targetValue: 300, baseline: 1500 }],
    }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.setTargetParts.version).toBe(t.version + 1);
    expect(first.data!.setTargetParts.parts.map((p) => [p.scopeCode, p.targetValue])).toEqual([['421002', 500], ['421003', 300]]);
    const second = await api.gql<{ setTargetParts: { version: number; parts: { scopeCode: string; targetValue: number }[] } }>(SET_PARTS, {
      id: t.id, v: t.version + 1, parts: [{ districtCode: '421002', targetValue: 600, baseline: 2400 }, { districtCode: '421088', targetValue: 200, baseline: 2900 }],
    }, admin);
    expect(second.data!.setTargetParts.parts.map((p) => [p.scopeCode, p.targetValue])).toEqual([['421002', 600], ['421088', 200]]);
    const same = await api.gql<{ setTargetParts: { version: number } }>(SET_PARTS, {
      id: t.id, v: t.version + 2, parts: [{ districtCode: '421088', targetValue: 200, baseline: 2900 }, { districtCode: '421002', targetValue: 600, baseline: 2400 }],
    }, admin);
    expect(same.data!.setTargetParts.version).toBe(t.version + 2);
    const audit = await api.sql<{ action: string; district: string | null; reason: string }>(
      `select a.action, d.code district, a.reason from audit_entry a left join district d on d.id = a.district_id
        where a.entity_type = 'Target' and a.reason = '测试分解' order by a.id`);
    expect(audit.map((a) => `${a.action} ${a.district ?? 'city'}`)).toEqual([
      'CREATE 421002', 'CREATE 421003', 'UPDATE city', 'UPDATE 421002', 'DELETE 421003', 'CREATE 421088', 'UPDATE city',
    ]);

    // A split target keeps the value its parts add up to; its parts follow its dates.
    const patch = (id: string, v: number, p: Record<string, unknown>) => api.gql<{ updateTarget: { version: number } }>(
      `mutation($id: ID!, $v: Int!, $p: TargetPatch!) { updateTarget(id: $id, expectedVersion: $v, patch: $p) { version } }`, { id, v, p }, admin);
    expect((await patch(t.id, t.version + 2, { targetValue: 900 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.targetValue' });
    const moved = await patch(t.id, t.version + 2, { deadline: '2027-06-30' });
    expect(moved.errors).toBeUndefined();
    const after = (await cityTargets('421000')).find((x) => x.id === t.id)!;
    expect(after.parts.map((p) => p.deadline)).toEqual(['2027-06-30', '2027-06-30']);
    const part = after.parts[0]!;
    expect((await patch(part.id, part.version, { deadline: '2027-12-31' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.deadline' });
    expect((await patch(part.id, part.version, { title: '沙市区：新增普惠托位600个' })).errors).toBeUndefined();
  });

  it('read nested parts and parents of every target of both cities in a fixed number of statements', async () => {
    const query = `{ cities { targets { id pace parts { id pace parent { id pace } } } districts { targets { id pace parent { id } } } } }`;
    await api.gql(query);
    const res = await api.gql(query);
    expect(res.errors).toBeUndefined();
    // One batch per level and loader, whatever the number of targets and parts: 23 on the demo
    // data, 28 after the tests above added coverage targets and parts (a batch with coverage
    // targets counts them in one or two statements more).
    expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(30);
  });
});

describe('pace thresholds', () => {
  it('default to 10 and 30 points, and a city admin’s change re-judges the city’s targets, audited', async () => {
    const read = () => api.gql<{ city: { paceThresholds: { behindFrom: number; farBehindFrom: number; version: number } } }>('{ city(code: "421000") { paceThresholds { behindFrom farBehindFrom version } } }');
    expect((await read()).data!.city.paceThresholds).toEqual({ behindFrom: 10, farBehindFrom: 30, version: 0 });
    const jiangling = async () => (await cityTargets('421000')).find((x) => x.title === '2023年新增托位2000个')!.parts.find((p) => p.scopeCode === '421024')!;
    const before = await jiangling();
    expect(before.pace).toBe('ON_PACE');
    const update = (v: number, behindFrom: number, farBehindFrom: number) => api.gql<{ setPaceThresholds: { behindFrom: number; farBehindFrom: number; version: number } }>(
      `mutation($v: Int!, $b: Float!, $f: Float!) { setPaceThresholds(cityCode: "421000", expectedVersion: $v, behindFrom: $b, farBehindFrom: $f, reason: "更严") { behindFrom farBehindFrom version } }`,
      { v, b: behindFrom, f: farBehindFrom }, admin);
    expect((await update(0, 20, 15)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'farBehindFrom' });
    expect((await update(0, 2, before.gapPoints! - 1)).data!.setPaceThresholds).toEqual({ behindFrom: 2, farBehindFrom: before.gapPoints! - 1, version: 1 });
    expect((await jiangling()).pace).toBe('FAR_BEHIND');
    expect((await update(0, 3, 40)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const audit = await api.sql<{ action: string; after: { behindFrom: number } }>(`select action, after from audit_entry where entity_type = 'PaceSetting' order by id`);
    expect(audit).toEqual([{ action: 'CREATE', after: { behindFrom: 2, farBehindFrom: before.gapPoints! - 1, version: 1 } }]);
    expect((await update(1, 10, 30)).data!.setPaceThresholds.version).toBe(2);
    expect((await read()).data!.city.paceThresholds).toEqual({ behindFrom: 10, farBehindFrom: 30, version: 2 });
  });
});
