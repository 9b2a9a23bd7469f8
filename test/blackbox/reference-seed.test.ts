import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer | undefined;
afterAll(() => api?.close());

describe('SEED=reference', () => {
  it('migrates an empty database and loads the cities, districts, their townships and the indicator dictionary, but no demo figures or accounts', async () => {
    api = await startTestServer({ SEED: 'reference' }, { emptyDatabase: true });
    const res = await api.gql<{ cities: { code: string; slots: number; districts: { code: string }[] }[]; indicators: { key: string }[] }>(
      '{ cities { code slots districts { code } } indicators { key } }',
    );
    expect(res.data?.cities.map((c) => c.code)).toEqual(['320700', '421000']);
    expect(res.data?.cities.every((c) => c.slots === 0 && c.districts.length >= 6)).toBe(true);
    expect(res.data?.indicators.length).toBeGreaterThan(10);
    const [counts] = await api.sql<{ institutions: string; users: string; values: string; targets: string }>(
      `select (select count(*) from institution) institutions, (select count(*) from app_user) users,
              (select count(*) from indicator_value) "values", (select count(*) from target) targets`,
    );
    expect(counts).toEqual({ institutions: '0', users: '0', values: '0', targets: '0' });
    const townships = await api.sql<{ kind: string; n: string; noted: string }>(
      `select kind, count(*) n, count(*) filter (where population_note like '演示估算%') noted from township group by kind order by kind`,
    );
    // townships.csv: 44 街道, 142 镇, 16 乡 and 28 other units, every figure a demo estimate.
    expect(townships).toEqual([
      { kind: 'OTHER', n: '28', noted: '28' },
      { kind: 'SUBDISTRICT', n: '44', noted: '44' },
      { kind: 'TOWN', n: '142', noted: '142' },
      { kind: 'TOWNSHIP', n: '16', noted: '16' },
    ]);
    const [migrations] = await api.sql<{ n: string }>('select count(*) n from mikro_orm_migrations');
    expect(Number(migrations!.n)).toBeGreaterThanOrEqual(2);
  });
});
