import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer | undefined;
afterAll(() => api?.close());

describe('SEED=reference', () => {
  it('migrates an empty database and loads the cities, districts and indicator dictionary, but no demo figures or accounts', async () => {
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
    const [migrations] = await api.sql<{ n: string }>('select count(*) n from mikro_orm_migrations');
    expect(Number(migrations!.n)).toBeGreaterThanOrEqual(2);
  });
});
