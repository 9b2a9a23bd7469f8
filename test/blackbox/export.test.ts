import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

// CSV and XLSX files of institutions and indicator series, with the API's own filters,
// checks and access rules: each file is compared with what the GraphQL API answers.

let api: TestServer;
let analyst: string;
beforeAll(async () => {
  api = await startTestServer();
  analyst = await api.login('analyst');
});
afterAll(() => api?.close());

/** The code of the first error of a refused export's JSON body. */
async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
  return body.errors[0]!.extensions.code;
}

async function download(path: string, token?: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

function exportPath(file: string, params: Record<string, unknown>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return `/export/${file}?${query}`;
}

/** A minimal RFC 4180 reader, enough to check what the server wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

/** Every institution the API lists for a filter and order, page by page. */
async function apiInstitutions(filter: Record<string, unknown>, orderBy: Record<string, unknown>, token: string): Promise<{ id: string; name: string; slots: number }[]> {
  type Page = { institutions: { edges: { node: { id: string; name: string; slots: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const nodes: { id: string; name: string; slots: number }[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse<Page> = await api.gql<Page>(
      'query($f: InstitutionFilter, $o: InstitutionOrder, $a: String) { institutions(filter: $f, orderBy: $o, first: 100, after: $a) { edges { node { id name slots } } pageInfo { hasNextPage endCursor } } }',
      { f: filter, o: orderBy, a: after },
      token,
    );
    nodes.push(...res.data!.institutions.edges.map((e) => e.node));
    if (!res.data!.institutions.pageInfo.hasNextPage) return nodes;
    after = res.data!.institutions.pageInfo.endCursor;
  }
}

describe('exports', () => {
  const filter = { cityCode: '421000', inclusive: true };
  const orderBy = { field: 'SLOTS', direction: 'DESC' };

  it('writes the institutions the API lists for the same filter and order as a UTF-8 CSV with Chinese headers', async () => {
    const res = await download(exportPath('institutions.csv', { filter, orderBy }), analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('托育机构-421000-')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // The byte order mark Excel needs to read UTF-8 (fetch's text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(head!.slice(0, 4)).toEqual(['机构编号', '机构名称', '所属区县', '行政区划代码']);
    const expected = await apiInstitutions(filter, orderBy, analyst);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(expected.map((i) => i.id));
    expect(rows.map((r) => Number(r[head!.indexOf('托位数')]))).toEqual(expected.map((i) => i.slots));
    expect(new Set(rows.map((r) => r[head!.indexOf('是否普惠')]))).toEqual(new Set(['是']));
  });

  it('writes the same rows as an XLSX workbook with numbers as numbers, and English headers with lang=en', async () => {
    const res = await download(exportPath('institutions.xlsx', { filter, orderBy, lang: 'en' }), analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [head, ...rows] = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(head!.slice(0, 4)).toEqual(['id', 'name', 'district', 'adminCode']);
    const expected = await apiInstitutions(filter, orderBy, analyst);
    expect(rows.map((r) => r[head!.indexOf('slots')])).toEqual(expected.map((i) => i.slots));
    expect(rows.map((r) => r[head!.indexOf('name')])).toEqual(expected.map((i) => i.name));
    expect(rows.every((r) => r[head!.indexOf('inclusive')] === 'yes')).toBe(true);
  });

  it('exports every page, beyond the API page size, when there is no filter', async () => {
    const [count] = await api.sql<{ n: number }>(`select count(*)::int n from institution where closed_on is null`);
    expect(count!.n).toBeGreaterThan(100);
    const rows = parseCsv(await (await download('/export/institutions.csv', analyst)).text());
    expect(rows.length - 1).toBe(count!.n);
  });

  it('writes the indicator series the API answers, for anyone, as the API allows', async () => {
    const args = { key: 'childcare_slots', scopeCode: '421000', from: '2023-01-01', to: '2024-12-31', granularity: 'QUARTER' };
    const res = await download(exportPath('indicator-series.csv', args));
    expect(res.status).toBe(200);
    const [head, ...rows] = parseCsv(await res.text());
    expect(head).toEqual(['指标键', '指标名称', '区划代码', '期间', '数值', '单位', '来源']);
    const series = await api.gql<{ indicatorSeries: { period: string; value: number }[] }>(
      'query($key: String!, $scopeCode: String!, $from: LocalDate!, $to: LocalDate!, $granularity: Granularity!) { indicatorSeries(key: $key, scopeCode: $scopeCode, from: $from, to: $to, granularity: $granularity) { period value } }',
      args,
    );
    expect(series.data!.indicatorSeries.length).toBe(8);
    expect(rows.map((r) => [r[3], Number(r[4])])).toEqual(series.data!.indicatorSeries.map((p) => [p.period, p.value]));
    expect(rows[0]!.slice(0, 3)).toEqual(['childcare_slots', '托位数', '421000']);
  });

  it('refuses without a token with 401, another city with 403, and bad filters with 400 BAD_USER_INPUT', async () => {
    const anonymous = await download(exportPath('institutions.csv', { filter }));
    expect(anonymous.status).toBe(401);
    expect(await errorCode(anonymous)).toBe('UNAUTHENTICATED');

    const otherCity = await download(exportPath('institutions.csv', { filter }), await api.login('leader.lyg'));
    expect(otherCity.status).toBe(403);
    expect(await errorCode(otherCity)).toBe('FORBIDDEN');

    for (const path of [
      '/export/institutions.csv?filter=%7Bnot-json',
      exportPath('institutions.csv', { filter: { inclusive: 'maybe' } }),
      exportPath('institutions.xlsx', { orderBy: { field: 'HEIGHT' } }),
      exportPath('indicator-series.csv', { key: 'childcare_slots', scopeCode: '421000', from: '2023-02-30', to: '2024-01-01' }),
    ]) {
      const res = await download(path, analyst);
      expect(res.status, path).toBe(400);
      const body = await res.text();
      expect(JSON.parse(body).errors[0].extensions.code, path).toBe('BAD_USER_INPUT');
      expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect((await download('/export/passwords.csv', analyst)).status).toBe(404);
  });

  it('keeps a name that starts like a formula from becoming one in a spreadsheet', async () => {
    const staff = await api.login('staff.shashi');
    const name = '=HYPERLINK("http://evil.example","点击")托育';
    const created = await api.gql(
      `mutation($n: String!) { createInstitution(input: { name: $n, districtCode: "421002", ownership: PRIVATE, slots: 10, enrolled: 0, address: "测试路 2 号", openedOn: "2024-01-01" }) { id } }`,
      { n: name },
      staff,
    );
    expect(created.errors).toBeUndefined();
    const rows = parseCsv(await (await download(exportPath('institutions.csv', { filter: { districtCode: '421002', search: 'HYPERLINK' } }), staff)).text());
    expect(rows.slice(1).map((r) => r[1])).toEqual([`'${name}`]);
  });
});
