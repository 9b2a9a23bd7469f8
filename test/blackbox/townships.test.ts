import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Townships from townships.csv under their districts, their figures, and the township each
// institution sits in, through every way an institution is written and read.

let api: TestServer;
let csv: { code: string; name: string; district: string }[];
beforeAll(async () => {
  api = await startTestServer();
  const text = await readFile(new URL('../../server/src/db/reference/townships.csv', import.meta.url), 'utf8');
  csv = text.trim().split('\n').slice(1).map((line) => {
    const [code, name, district] = line.split(',');
    return { code: code!, name: name!.replaceAll('"', ''), district: district! };
  });
});
afterAll(() => api?.close());

interface TownshipRow { code: string; name: string; kind: string; covered: boolean; inclusiveInstitutionCount: number; institutionCount: number; slots: number; population: number; childrenUnder3: number; slotsPer1000: number | null; district: { code: string } }
const TOWNSHIP_FIELDS = 'code name kind covered inclusiveInstitutionCount institutionCount slots population childrenUnder3 slotsPer1000 district { code }';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('townships', () => {
  it('are listed under each of Lianyungang’s districts with the codes and names of townships.csv, 87 of them sub-districts, towns or townships', async () => {
    const res = await api.gql<{ city: { districts: { code: string; population: number; townships: TownshipRow[] }[] } }>(
      `{ city(code: "320700") { districts { code population townships { ${TOWNSHIP_FIELDS} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const districts = res.data!.city.districts;
    const listed = districts.flatMap((d) => d.townships.map((t) => ({ code: t.code, name: t.name, district: d.code })));
    expect(listed).toEqual(csv.filter((t) => t.code.startsWith('3207')).sort((a, b) => a.code.localeCompare(b.code)));
    const all = districts.flatMap((d) => d.townships);
    expect(all.filter((t) => t.kind !== 'OTHER')).toHaveLength(87);
    expect(all.find((t) => t.code === '320703203')?.kind).toBe('TOWNSHIP'); // 前三岛乡
    expect(all.find((t) => t.code === '320706406')?.kind).toBe('OTHER'); // 云台农场
    for (const d of districts) expect(d.townships.reduce((s, t) => s + t.population, 0)).toBe(d.population);
    for (const t of all) expect(t.covered).toBe(t.inclusiveInstitutionCount > 0);
    expect(all.some((t) => t.covered) && all.some((t) => !t.covered)).toBe(true);
  });

  it('answers township(code) with its kind, district and live figures, which add up to the district’s', async () => {
    const res = await api.gql<{ township: TownshipRow & { populationNote: string }; district: { slots: number; institutionCount: number; townships: { slots: number; institutionCount: number }[] } }>(
      `{ township(code: "421024450") { ${TOWNSHIP_FIELDS} populationNote } district(code: "421024") { slots institutionCount townships { slots institutionCount } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.township).toMatchObject({ name: '江北监狱', kind: 'OTHER', district: { code: '421024' } });
    expect(res.data!.township.populationNote).toMatch(/^演示估算/);
    const { district } = res.data!;
    expect(district.townships.reduce((s, t) => s + t.slots, 0)).toBe(district.slots);
    expect(district.townships.reduce((s, t) => s + t.institutionCount, 0)).toBe(district.institutionCount);
    expect((await api.gql<{ township: null }>('{ township(code: "999999999") { code } }')).data?.township).toBeNull();
  });

  it('read their figures for every district of both cities in a fixed number of statements', async () => {
    const query = `{ cities { districts { townships { code slots covered slotsPer1000 district { code } } } } }`;
    await api.gql(query);
    const res = await api.gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(5);
  });
});

describe('the township of an institution', () => {
  it('places each of the four provincial demonstration institutions of Jingzhou in its county’s seat', async () => {
    const token = await api.login('leader.jz');
    const res = await api.gql<{ institutions: { edges: { node: { name: string; township: { name: string; district: { code: string } } } }[] } }>(
      `{ institutions(filter: { cityCode: "421000", demonstrationLevel: PROVINCIAL }, first: 10) { edges { node { name township { name district { code } } } } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(Object.fromEntries(res.data!.institutions.edges.map((e) => [e.node.name, e.node.township.name]))).toEqual({
      江陵县爱童母婴管理公司: '郝穴镇',
      公安县梅园幼儿园示范性托育服务中心: '斗湖堤镇',
      石首市实验幼儿园陈家湖园区: '绣林街道',
      洪湖市爱思晨婴幼儿托育中心: '新堤街道',
    });
  });

  it('is set on every demo institution, in the institution’s own district', async () => {
    const [row] = await api.sql<{ missing: string; elsewhere: string }>(
      `select count(*) filter (where i.township_id is null) missing, count(*) filter (where t.district_id <> i.district_id) elsewhere
         from institution i left join township t on t.id = i.township_id`);
    expect(row).toEqual({ missing: '0', elsewhere: '0' });
  });

  it('filters the institutions list by townshipCode', async () => {
    const token = await api.login('leader.jz');
    const res = await api.gql<{ institutions: { totalCount: number; edges: { node: { township: { code: string } } }[] } }>(
      `{ institutions(filter: { townshipCode: "421024106" }, first: 100) { totalCount edges { node { township { code } } } } }`, {}, token);
    const [count] = await api.sql<{ n: string }>(
      `select count(*) n from institution i join township t on t.id = i.township_id where t.code = '421024106' and i.closed_on is null`);
    expect(res.data!.institutions.totalCount).toBe(Number(count!.n));
    expect(res.data!.institutions.totalCount).toBeGreaterThan(0);
    expect(new Set(res.data!.institutions.edges.map((e) => e.node.township.code))).toEqual(new Set(['421024106']));
    const unknown = await api.gql(`{ institutions(filter: { townshipCode: "999999999" }) { totalCount } }`, {}, token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is given on create and changed on update, audited, and a township of another district is BAD_USER_INPUT on the field', async () => {
    const staff = await api.login('staff.shashi');
    const create = (townshipCode: string, name: string) => api.gql<{ createInstitution: { id: string; version: number; township: { code: string } } }>(
      `mutation($i: InstitutionInput!) { createInstitution(input: $i) { id version township { code } } }`,
      { i: { districtCode: '421002', townshipCode, name, ownership: 'PRIVATE', slots: 30, enrolled: 5, address: '沙市区测试路1号', openedOn: '2025-06-01' } }, staff);
    const refused = await create('421003001', '乡镇测试托育园甲'); // 荆州区's 西城街道
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.townshipCode' });
    expect((await create('421002999', '乡镇测试托育园甲')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.townshipCode' });
    const created = await create('421002101', '乡镇测试托育园甲'); // 岑河镇
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInstitution.township.code).toBe('421002101');
    const { id, version } = created.data!.createInstitution;

    const update = (townshipCode: string, v: number) => api.gql<{ updateInstitution: { version: number; township: { code: string } } }>(
      `mutation($id: ID!, $v: Int!, $t: String!) { updateInstitution(id: $id, expectedVersion: $v, patch: { townshipCode: $t }) { version township { code } } }`,
      { id, v, t: townshipCode }, staff);
    expect((await update('320706001', version)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.townshipCode' });
    const moved = await update('421002001', version); // 中山街道
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateInstitution).toEqual({ version: version + 1, township: { code: '421002001' } });
    const audit = await api.sql<{ action: string; before: { townshipId: number } | null; after: { townshipId: number } }>(
      `select action, before, after from audit_entry where entity_type = 'Institution' and entity_id = $1 order by id`, [Number(id)]);
    const [cen, zhong] = await Promise.all(['421002101', '421002001'].map(async (code) => (await api.sql<{ id: number }>('select id from township where code = $1', [code]))[0]!.id));
    expect(audit.map((a) => [a.action, a.before?.townshipId ?? null, a.after.townshipId])).toEqual([['CREATE', null, cen], ['UPDATE', cen, zhong]]);
  });

  it('is read from an import’s 乡镇街道 column by code or name, and a township of another district refuses the file', async () => {
    const staff = await api.login('staff.shashi');
    const header = '机构名称,所属区县,乡镇街道,举办主体,托位数,在托人数,地址,开业日期';
    const file = (rows: string[]) => base64([header, ...rows].join('\r\n'));
    const run = (rows: string[], dryRun: boolean) => api.gql<{ importInstitutions: { importedCount: number; errors: { row: number; column: string; message: string }[] } }>(
      `mutation($f: String!, $d: Boolean!) { importInstitutions(file: $f, dryRun: $d) { importedCount errors { row column message } } }`, { f: file(rows), d: dryRun }, staff);
    const bad = await run(['乡镇导入甲,沙市区,西城街道,民办,30,5,测试路1号,2025-01-01', '乡镇导入乙,沙市区,421003001,民办,30,5,测试路2号,2025-01-01'], true);
    expect(bad.data!.importInstitutions.errors.map((e) => [e.row, e.column])).toEqual([[2, '乡镇街道'], [3, '乡镇街道']]);
    const committed = await run(['乡镇导入甲,沙市区,岑河镇,民办,30,5,测试路1号,2025-01-01', '乡镇导入乙,421002,421002102,民办,30,5,测试路2号,2025-01-01'], false);
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.importInstitutions.importedCount).toBe(2);
    const placed = await api.sql<{ name: string; code: string }>(
      `select i.name, t.code from institution i join township t on t.id = i.township_id where i.name like '乡镇导入%' order by i.name`);
    expect(placed).toEqual([{ name: '乡镇导入乙', code: '421002102' }, { name: '乡镇导入甲', code: '421002101' }]);
  });

  it('is a column of the institutions export, by name and by code', async () => {
    const token = await api.login('leader.jz');
    const filter = JSON.stringify({ districtCode: '421024', demonstrationLevel: 'PROVINCIAL' });
    const res = await fetch(`${api.url}/export/institutions.csv?filter=${encodeURIComponent(filter)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const [head, first] = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
    const columns = head!.split(',');
    const cells = first!.split(',');
    expect(cells[columns.indexOf('乡镇街道')]).toBe('郝穴镇');
    expect(cells[columns.indexOf('乡镇街道统计代码')]).toBe('421024106');
  });
});
