import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

// ---------------------------------------------------------------------------------------
// Files

const HEADERS = ['机构名称', '所属区县', '举办主体', '是否普惠', '备案日期', '示范级别', '试点级别', '托位数', '在托人数', '班型', '地址', '开业日期'] as const;
type Column = (typeof HEADERS)[number];
type InstitutionRow = Record<Column, string>;

/** The documented largest file: 5 MB. */
const FIVE_MB = 5 * 1024 * 1024;
/** The documented most data rows of one file. */
const MAX_ROWS = 5_000;

/** A prefix no other test (or run) uses, so the names of one test never collide with another's. */
function uniquePrefix(label: string): string {
  return `${label}${randomBytes(3).toString('hex')}`;
}

/** `n` valid institutions of `district` (name or code), named `${prefix}托育园1号`… with slots varying by row. */
function institutionRows(prefix: string, n: number, district = '沙市区'): InstitutionRow[] {
  const ownerships = ['民办', '公办', '社区办', '用人单位办'];
  return Array.from({ length: n }, (_, i) => {
    const slots = 20 + ((i * 37) % 181);
    return {
      机构名称: `${prefix}托育园${i + 1}号`,
      所属区县: district,
      举办主体: ownerships[i % ownerships.length]!,
      是否普惠: i % 2 === 0 ? '是' : '否',
      备案日期: i % 3 === 0 ? '' : '2024/3/1',
      示范级别: '无',
      试点级别: '无',
      托位数: String(slots),
      在托人数: String(Math.floor(slots * 0.8)),
      班型: i % 2 === 0 ? '托小班、托大班' : '乳儿班',
      地址: `荆州市测试路 ${i + 1} 号`,
      开业日期: '2023-01-15',
    };
  });
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows as Excel writes "CSV UTF-8": a BOM, the header as row 1, CRLF line ends. */
function institutionCsv(rows: readonly InstitutionRow[]): string {
  return `\uFEFF${[HEADERS.join(','), ...rows.map((row) => HEADERS.map((h) => csvCell(row[h])).join(','))].join('\r\n')}\r\n`;
}

/** Excel's row number of data row `k` (1-based): the header is row 1. */
function excelRow(k: number): number {
  return k + 1;
}

function base64(content: string | Uint8Array): string {
  return Buffer.from(content).toString('base64');
}

function slotSum(rows: readonly InstitutionRow[]): number {
  return rows.reduce((sum, row) => sum + Number(row.托位数), 0);
}

const fixture = (name: string): Buffer => readFileSync(new URL(`../../server/src/import/fixtures/${name}`, import.meta.url));

// ---------------------------------------------------------------------------------------
// API

interface RowError {
  row: number;
  column: string;
  message: string;
}

interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  encoding: string;
  validRowCount: number;
  importedCount: number;
  errorCount: number;
  errors: RowError[];
}

const REPORT = 'dryRun committed encoding validRowCount importedCount errorCount errors { row column message }';
const IMPORT_INSTITUTIONS = `mutation($file: String!, $dryRun: Boolean!, $reason: String) {
  importInstitutions(file: $file, dryRun: $dryRun, reason: $reason) { ${REPORT} }
}`;
const IMPORT_VALUES = `mutation($file: String!, $dryRun: Boolean!, $reason: String) {
  importIndicatorValues(file: $file, dryRun: $dryRun, reason: $reason) { ${REPORT} }
}`;

function importInstitutions(file: string, dryRun: boolean, token?: string, reason?: string): Promise<GraphQLResponse<{ importInstitutions: ImportReport }>> {
  return api.gql<{ importInstitutions: ImportReport }>(IMPORT_INSTITUTIONS, { file, dryRun, reason }, token);
}

function importValues(file: string, dryRun: boolean, token?: string): Promise<GraphQLResponse<{ importIndicatorValues: ImportReport }>> {
  return api.gql<{ importIndicatorValues: ImportReport }>(IMPORT_VALUES, { file, dryRun }, token);
}

/** The report of an import that must succeed (no GraphQL error). */
async function report(file: string, dryRun: boolean, token: string, reason?: string): Promise<ImportReport> {
  const res = await importInstitutions(file, dryRun, token, reason);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.importInstitutions;
}

/** The one error of a response, which must be a GraphQL error with no data. */
function onlyError(res: GraphQLResponse): { message: string; extensions: Record<string, unknown> } {
  expect(res.status, JSON.stringify(res)).not.toBe(413);
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  expect(res.data ?? null).toBeNull();
  return { message: res.errors![0]!.message, extensions: res.errors![0]!.extensions ?? {} };
}

// ---------------------------------------------------------------------------------------
// Database, read beside the API

async function one<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T> {
  const rows = await api.sql<T>(text, values);
  return rows[0]!;
}

/** What an import could change: institutions (all and of 沙市区), audit entries, indicator values. */
async function footprint(): Promise<{ institutions: number; shashi: number; audit: number; values: number; valueSum: string }> {
  return one(
    `select (select count(*)::int from institution) as institutions,
            (select count(*)::int from institution i join district d on d.id = i.district_id where d.code = '421002') as shashi,
            (select count(*)::int from audit_entry) as audit,
            (select count(*)::int from indicator_value) as "values",
            (select coalesce(sum(value), 0)::text from indicator_value) as "valueSum"`,
  );
}

/** The district code of every institution whose name starts with `prefix`, by name. */
async function importedByPrefix(prefix: string): Promise<Map<string, { code: string; slots: number; id: number }>> {
  const rows = await api.sql<{ name: string; code: string; slots: number; id: number }>(
    `select i.id, i.name, d.code, i.slots from institution i join district d on d.id = i.district_id where starts_with(i.name, $1)`,
    [prefix],
  );
  return new Map(rows.map((r) => [r.name, { code: r.code, slots: r.slots, id: r.id }]));
}

async function citySlots(code: string): Promise<number> {
  const res = await api.gql<{ city: { slots: number } }>('query($code: String!) { city(code: $code) { slots } }', { code });
  expect(res.errors).toBeUndefined();
  return res.data!.city.slots;
}

// ---------------------------------------------------------------------------------------

describe('importing 100 institutions with one bad row (row 57 has 托位数 -5)', () => {
  const BAD = 57;
  const prefix = uniquePrefix('百行导入');
  const good = institutionRows(prefix, 100);
  const bad = good.map((row, i) => (i === BAD - 1 ? { ...row, 托位数: '-5' } : row));
  let staff: string;
  beforeAll(async () => {
    staff = await api.login('staff.shashi');
  });

  it('reports exactly that row, as Excel numbers it, and the column 托位数 in a dry run, and writes nothing', async () => {
    const before = await footprint();
    const result = await report(base64(institutionCsv(bad)), true, staff);
    expect(result).toMatchObject({ dryRun: true, committed: false, encoding: 'UTF-8', errorCount: 1, validRowCount: good.length - 1, importedCount: 0 });
    expect(result.errors).toEqual([{ row: excelRow(BAD), column: '托位数', message: expect.any(String) }]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses to commit it with BAD_USER_INPUT carrying that row error, and imports none of the 99 good rows', async () => {
    const before = await footprint();
    const { extensions } = onlyError(await importInstitutions(base64(institutionCsv(bad)), false, staff));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', errorCount: 1 });
    expect(extensions.rowErrors).toEqual([{ row: excelRow(BAD), column: '托位数', message: expect.any(String) }]);
    expect(await footprint()).toEqual(before);
    expect((await importedByPrefix(prefix)).size).toBe(0);
  });

  it('commits the corrected file in one go: 100 institutions, 100 IMPORT audit entries, and the city slots rise by exactly their sum', async () => {
    const file = base64(institutionCsv(good));
    const reason = `${prefix} 年度新增机构`;
    const check = await report(file, true, staff);
    expect(check).toMatchObject({ dryRun: true, committed: false, errorCount: 0, validRowCount: good.length, importedCount: 0 });

    const before = await footprint();
    const slotsBefore = await citySlots('421000');
    const result = await report(file, false, staff, reason);
    expect(result).toMatchObject({ dryRun: false, committed: true, encoding: 'UTF-8', errorCount: 0, validRowCount: good.length, importedCount: good.length });
    expect(result.errors).toEqual([]);

    const after = await footprint();
    expect(after.institutions - before.institutions).toBe(good.length);
    expect(after.shashi - before.shashi).toBe(good.length);
    expect(await citySlots('421000')).toBe(slotsBefore + slotSum(good));

    const imported = await importedByPrefix(prefix);
    expect([...imported.keys()].sort()).toEqual(good.map((r) => r.机构名称).sort());
    for (const row of good) expect(imported.get(row.机构名称)).toMatchObject({ code: '421002', slots: Number(row.托位数) });

    const audit = await api.sql<{ action: string; entity_id: number; actor_role: string; reason: string }>(
      `select action, entity_id, actor_role, reason from audit_entry where entity_id = any($1::int[]) and entity_type = 'Institution'`,
      [[...imported.values()].map((i) => i.id)],
    );
    expect(after.audit - before.audit).toBe(good.length);
    expect(audit).toHaveLength(good.length);
    expect(audit.every((a) => a.action === 'IMPORT' && a.actor_role === 'STAFF' && a.reason === reason)).toBe(true);
    expect(new Set(audit.map((a) => a.entity_id)).size).toBe(good.length);
  });
});

describe('encodings', () => {
  it('imports the GBK fixture (Excel\'s plain CSV on a Chinese system) with encoding GBK, and the Chinese names arrive intact', async () => {
    const staff = await api.login('staff.shashi');
    const gbk = fixture('shashi-institutions-gbk.csv');
    const utf8 = fixture('shashi-institutions.csv');
    // The fixture really is GBK: not valid UTF-8, and the same text as its UTF-8 twin.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const text = new TextDecoder('gbk').decode(gbk);
    expect(text).toBe(utf8.toString('utf8').replace(/^\uFEFF/, ''));
    // The names of the twin: the second cell of each numbered data row.
    const names = [...text.matchAll(/^\d+,([^,\r\n]+),/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);

    const checkGbk = await report(base64(gbk), true, staff);
    const checkUtf8 = await report(base64(utf8), true, staff);
    expect(checkGbk).toEqual({ ...checkUtf8, encoding: 'GBK' });
    expect(checkGbk).toMatchObject({ encoding: 'GBK', errorCount: 0, validRowCount: names.length });

    const result = await report(base64(gbk), false, staff);
    expect(result).toMatchObject({ committed: true, encoding: 'GBK', importedCount: names.length });
    const stored = await api.sql<{ name: string; code: string }>(
      `select i.name, d.code from institution i join district d on d.id = i.district_id where i.name = any($1::text[])`,
      [names],
    );
    expect(stored.map((s) => s.name).sort()).toEqual([...names].sort());
    expect(stored.every((s) => s.code === '421002')).toBe(true);
  });
});

describe('who may import what', () => {
  it('reports a 荆州区 row in staff.shashi\'s file as not theirs to edit, and a commit imports none of the file', async () => {
    const staff = await api.login('staff.shashi');
    const prefix = uniquePrefix('越权');
    const rows = institutionRows(prefix, 5);
    rows[2] = { ...rows[2]!, 所属区县: '荆州区' };
    const file = base64(institutionCsv(rows));

    const before = await footprint();
    const check = await report(file, true, staff);
    expect(check).toMatchObject({ errorCount: 1, validRowCount: rows.length - 1 });
    expect(check.errors).toEqual([{ row: excelRow(3), column: '所属区县', message: expect.stringMatching(/无权.*荆州区/) }]);

    const { extensions } = onlyError(await importInstitutions(file, false, staff));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 1, rowErrors: [{ row: excelRow(3), column: '所属区县' }] });
    expect(await footprint()).toEqual(before);
    expect((await importedByPrefix(prefix)).size).toBe(0);
  });

  it('lets admin.jz import rows for several Jingzhou districts, written as names, codes or the old name 监利县', async () => {
    const admin = await api.login('admin.jz');
    const districts = new Map(
      (await api.sql<{ code: string; name: string }>(`select d.code, d.name from district d join city c on c.id = d.city_id where c.code = '421000'`)).map((d) => [d.name, d.code]),
    );
    const prefix = uniquePrefix('全市');
    const written = ['沙市区', districts.get('荆州区')!, '公安县', '监利县'];
    const expectedCode = [districts.get('沙市区')!, districts.get('荆州区')!, districts.get('公安县')!, districts.get('监利市')!];
    const rows = institutionRows(prefix, written.length).map((row, i) => ({ ...row, 所属区县: written[i]! }));

    const before = await footprint();
    const result = await report(base64(institutionCsv(rows)), false, admin);
    expect(result).toMatchObject({ committed: true, errorCount: 0, importedCount: rows.length });
    const imported = await importedByPrefix(prefix);
    expect(rows.map((row) => imported.get(row.机构名称)?.code)).toEqual(expectedCode);
    expect((await footprint()).audit - before.audit).toBe(rows.length);
  });

  it('refuses leader.jz and analyst with FORBIDDEN, for institutions and indicator values alike', async () => {
    const file = base64(institutionCsv(institutionRows(uniquePrefix('只读'), 2)));
    const before = await footprint();
    for (const username of ['leader.jz', 'analyst']) {
      const token = await api.login(username);
      for (const dryRun of [true, false]) {
        expect(onlyError(await importInstitutions(file, dryRun, token)).extensions.code, `${username} dryRun=${dryRun}`).toBe('FORBIDDEN');
        expect(onlyError(await importValues(file, dryRun, token)).extensions.code, `${username} dryRun=${dryRun}`).toBe('FORBIDDEN');
      }
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses an anonymous import with UNAUTHENTICATED', async () => {
    const file = base64(institutionCsv(institutionRows(uniquePrefix('匿名'), 2)));
    const before = await footprint();
    for (const dryRun of [true, false]) {
      expect(onlyError(await importInstitutions(file, dryRun)).extensions.code).toBe('UNAUTHENTICATED');
      expect(onlyError(await importValues(file, dryRun)).extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await footprint()).toEqual(before);
  });

  it('reports indicator values of another district or of the whole city in staff.shashi\'s file as not theirs to record', async () => {
    const staff = await api.login('staff.shashi');
    const file = base64(
      `指标,区县/城市,期间,数值\n${['421002', '421003', '421000'].map((scope) => `elderly_care_beds,${scope},2024-05,4000`).join('\n')}\n`,
    );
    const check = await importValues(file, true, staff);
    expect(check.errors).toBeUndefined();
    expect(check.data!.importIndicatorValues).toMatchObject({ errorCount: 2, validRowCount: 1 });
    expect(check.data!.importIndicatorValues.errors.map((e) => [e.row, e.column])).toEqual([
      [excelRow(2), '区县/城市'],
      [excelRow(3), '区县/城市'],
    ]);
  });

  it('tells admin.lyg that 沙市区 is no district of their city, by name or by code, and imports nothing', async () => {
    const admin = await api.login('admin.lyg');
    const prefix = uniquePrefix('外市');
    const rows = institutionRows(prefix, 3);
    rows[1] = { ...rows[1]!, 所属区县: '421002' };
    rows[2] = { ...rows[2]!, 所属区县: '海州区' };
    const file = base64(institutionCsv(rows));

    const before = await footprint();
    const check = await report(file, true, admin);
    expect(check).toMatchObject({ errorCount: 2, validRowCount: 1 });
    expect(check.errors).toEqual([
      { row: excelRow(1), column: '所属区县', message: expect.stringMatching(/没有.*沙市区/) },
      { row: excelRow(2), column: '所属区县', message: expect.stringMatching(/没有.*421002/) },
    ]);
    const { extensions } = onlyError(await importInstitutions(file, false, admin));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 2 });
    expect(await footprint()).toEqual(before);
    expect((await importedByPrefix(prefix)).size).toBe(0);
  });
});

describe('duplicates', () => {
  it('reports a row repeating the name of an open institution of the same district, or of an earlier row, but not of another district', async () => {
    const admin = await api.login('admin.jz');
    const existing = await one<{ name: string }>(
      `select i.name from institution i join district d on d.id = i.district_id
        where d.code = '421002' and i.closed_on is null
          and not exists (select 1 from institution o join district od on od.id = o.district_id where od.code = '421003' and o.name = i.name)
        order by i.id limit 1`,
    );
    const prefix = uniquePrefix('重名');
    const rows = institutionRows(prefix, 5);
    rows[1] = { ...rows[1]!, 机构名称: existing.name }; // row 3: 沙市区 already has it
    rows[2] = { ...rows[2]!, 机构名称: existing.name, 所属区县: '荆州区' }; // row 4: fine in another district
    rows[4] = { ...rows[4]!, 机构名称: rows[3]!.机构名称 }; // row 6: repeats row 5 of the file

    const check = await report(base64(institutionCsv(rows)), true, admin);
    expect(check).toMatchObject({ errorCount: 2, validRowCount: rows.length - 2 });
    expect(check.errors).toEqual([
      { row: excelRow(2), column: '机构名称', message: expect.stringContaining(existing.name) },
      { row: excelRow(5), column: '机构名称', message: expect.stringContaining(rows[3]!.机构名称) },
    ]);
  });

  it('lets only one of two simultaneous commits of the same file in, so no name is imported twice', async () => {
    const staff = await api.login('staff.shashi');
    const prefix = uniquePrefix('并发');
    const rows = institutionRows(prefix, 100);
    const file = base64(institutionCsv(rows));
    const results = await Promise.all([importInstitutions(file, false, staff), importInstitutions(file, false, staff)]);
    const committed = results.filter((res) => res.data?.importInstitutions?.committed === true);
    const refused = results.filter((res) => res.errors !== undefined);
    expect(committed, JSON.stringify(results.map((r) => r.errors ?? r.data))).toHaveLength(1);
    expect(refused[0]?.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|CONFLICT)$/);
    const duplicated = await api.sql<{ name: string }>(
      `select name from institution where starts_with(name, $1) group by district_id, name having count(*) > 1`,
      [prefix],
    );
    expect(duplicated.map((d) => d.name)).toEqual([]);
    expect((await importedByPrefix(prefix)).size).toBe(rows.length);
  });

  it('allows the name of a closed institution of the district again', async () => {
    const staff = await api.login('staff.shashi');
    const closed = await one<{ name: string }>(
      `select i.name from institution i join district d on d.id = i.district_id
        where d.code = '421002' and i.closed_on is not null
          and not exists (select 1 from institution o where o.district_id = i.district_id and o.name = i.name and o.closed_on is null)
        order by i.id limit 1`,
    );
    expect(closed, 'the demo data has a closed 沙市区 institution').toBeDefined();
    const rows = institutionRows(uniquePrefix('重开'), 1).map((row) => ({ ...row, 机构名称: closed.name }));
    const check = await report(base64(institutionCsv(rows)), true, staff);
    expect(check).toMatchObject({ errorCount: 0, validRowCount: 1 });
  });
});

describe('the file itself', () => {
  it('refuses a file that is not base64 with BAD_USER_INPUT on the field file', async () => {
    const staff = await api.login('staff.shashi');
    const before = await footprint();
    for (const dryRun of [true, false]) {
      const { extensions } = onlyError(await importInstitutions('这不是 base64!', dryRun, staff));
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    }
    expect(await footprint()).toEqual(before);
  });

  it('counts every problem but lists at most 500 of them, in row order, in a dry run and in a refused commit', async () => {
    const staff = await api.login('staff.shashi');
    const bad = 600;
    // Short rows (codes and enum names) so the file stays small: only 托位数 is wrong in each.
    const lines = Array.from({ length: bad }, (_, i) => `${uniquePrefix('错')}${i},421002,PRIVATE,x,0,a,2023-01-01`);
    const file = base64(['机构名称,所属区县,举办主体,托位数,在托人数,地址,开业日期', ...lines].join('\n'));

    const check = await report(file, true, staff);
    expect(check).toMatchObject({ errorCount: bad, validRowCount: 0 });
    expect(check.errors).toHaveLength(500);
    expect(check.errors.map((e) => e.row)).toEqual(Array.from({ length: 500 }, (_, i) => excelRow(i + 1)));
    expect(check.errors.every((e) => e.column === '托位数')).toBe(true);

    const { extensions } = onlyError(await importInstitutions(file, false, staff));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: bad });
    expect(extensions.rowErrors).toEqual(check.errors);
  });

  it('accepts a browser data URL of the file', async () => {
    const staff = await api.login('staff.shashi');
    const rows = institutionRows(uniquePrefix('数据URL'), 3);
    const result = await report(`data:text/csv;base64,${base64(institutionCsv(rows))}`, true, staff);
    expect(result).toMatchObject({ errorCount: 0, validRowCount: rows.length });
  });

  it('refuses a file over 5 MB with BAD_USER_INPUT on the field file', async () => {
    const staff = await api.login('staff.shashi');
    const file = oversizedFile();
    const before = await footprint();
    const { extensions } = onlyError(await importInstitutions(file, true, staff));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await footprint()).toEqual(before);
  });

  it('takes a file of 5,000 rows, the most one file may hold and far below 5 MB, over HTTP', async () => {
    const staff = await api.login('staff.shashi');
    const rows = institutionRows(uniquePrefix('五千行'), MAX_ROWS);
    const csv = institutionCsv(rows);
    expect(Buffer.byteLength(csv)).toBeLessThan(FIVE_MB / 2);
    const res = await importInstitutions(base64(csv), true, staff);
    expect(res.status, 'HTTP status of a dry run of a 5,000-row file').toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importInstitutions).toMatchObject({ errorCount: 0, validRowCount: rows.length });
  });
});

/** An institution CSV just over 5 MB (one row past it), as base64. */
function oversizedFile(): string {
  const head = institutionCsv([]);
  const rows = institutionRows(uniquePrefix('超大'), 1);
  const line = `${HEADERS.map((h) => csvCell(rows[0]![h])).join(',')}\r\n`;
  const csv = head + line.repeat(Math.floor((FIVE_MB - Buffer.byteLength(head)) / Buffer.byteLength(line)) + 1);
  expect(Buffer.byteLength(csv)).toBeGreaterThan(FIVE_MB);
  expect(Buffer.byteLength(csv)).toBeLessThan(FIVE_MB + 2 * Buffer.byteLength(line));
  return base64(csv);
}

describe('a file over 5 MB on a server whose HTTP body limit lets it through', () => {
  let big: TestServer;
  beforeAll(async () => {
    big = await startTestServer({ HTTP_BODY_LIMIT: String(12 * 1024 * 1024) });
  });
  afterAll(() => big?.close());

  it('is refused by the import itself with BAD_USER_INPUT on the field file', async () => {
    const token = await big.login('staff.shashi');
    const res = await big.gql(IMPORT_INSTITUTIONS, { file: oversizedFile(), dryRun: false }, token);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(res.data ?? null).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------

describe('importing indicator values', () => {
  const KEY = 'elderly_care_beds';
  const DISTRICTS = ['421002', '421003'];

  /** The quarter a year before the current one: its first day, its last day and its middle month. */
  async function pastQuarter(): Promise<{ start: string; end: string; month: string }> {
    return one(
      `select q::date::text as start, (q + interval '3 months' - interval '1 day')::date::text as end, to_char(q + interval '1 month', 'YYYY-MM') as month
         from (select date_trunc('quarter', current_date) - interval '1 year' as q) x`,
    );
  }

  async function stored(key: string, codes: readonly string[], period: string): Promise<Map<string, number>> {
    const rows = await api.sql<{ code: string; value: string }>(
      `select d.code, v.value::text from indicator_value v join indicator_definition x on x.id = v.indicator_id join district d on d.id = v.district_id
        where x.key = $1 and d.code = any($2::text[]) and v.period = $3::date`,
      [key, codes, period],
    );
    return new Map(rows.map((r) => [r.code, Number(r.value)]));
  }

  function valuesCsv(rows: readonly (readonly string[])[]): string {
    return `\uFEFF${['指标,区县/城市,期间,数值,备注', ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
  }

  it('lets admin.jz import quarterly elderly_care_beds for two districts, dry run then commit, and indicatorSeries reads them back', async () => {
    const admin = await api.login('admin.jz');
    const quarter = await pastQuarter();
    const old = await stored(KEY, DISTRICTS, quarter.start);
    const values = DISTRICTS.map((code, i) => (old.get(code) ?? 4_000) + 100 + i * 11);
    // The period is written as the quarter's middle month: a quarterly figure belongs to the quarter.
    const file = base64(valuesCsv(DISTRICTS.map((code, i) => [KEY, code, quarter.month, String(values[i]), '民政局季报'])));

    const before = await footprint();
    const check = await importValues(file, true, admin);
    expect(check.errors).toBeUndefined();
    expect(check.data!.importIndicatorValues).toMatchObject({ dryRun: true, committed: false, errorCount: 0, validRowCount: DISTRICTS.length, importedCount: 0 });
    expect(await footprint()).toEqual(before);

    const commit = await importValues(file, false, admin);
    expect(commit.errors).toBeUndefined();
    expect(commit.data!.importIndicatorValues).toMatchObject({ dryRun: false, committed: true, errorCount: 0, importedCount: DISTRICTS.length });
    expect((await footprint()).audit - before.audit).toBe(DISTRICTS.length);

    for (const [i, code] of DISTRICTS.entries()) {
      const res = await api.gql<{ indicatorSeries: { period: string; value: number; live: boolean }[] }>(
        `query($key: String!, $scope: String!, $from: LocalDate!, $to: LocalDate!) {
          indicatorSeries(key: $key, scopeCode: $scope, from: $from, to: $to, granularity: QUARTER) { period value live }
        }`,
        { key: KEY, scope: code, from: quarter.start, to: quarter.end },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.indicatorSeries).toEqual([{ period: quarter.start, value: values[i], live: false }]);
    }
  });

  it('reports a LIVE indicator such as childcare_slots in the file as computed, not imported, and a commit writes nothing', async () => {
    const admin = await api.login('admin.jz');
    const quarter = await pastQuarter();
    const file = base64(
      valuesCsv([
        [KEY, '421002', quarter.month, '5000', ''],
        ['childcare_slots', '421002', quarter.month, '9999', ''],
      ]),
    );
    const before = await footprint();
    const check = await importValues(file, true, admin);
    expect(check.errors).toBeUndefined();
    expect(check.data!.importIndicatorValues).toMatchObject({ errorCount: 1, validRowCount: 1 });
    expect(check.data!.importIndicatorValues.errors).toEqual([{ row: excelRow(2), column: '指标', message: expect.stringContaining('computed') }]);

    const { extensions } = onlyError(await importValues(file, false, admin));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCount: 1, rowErrors: [{ row: excelRow(2), column: '指标' }] });
    expect(await footprint()).toEqual(before);
  });
});
