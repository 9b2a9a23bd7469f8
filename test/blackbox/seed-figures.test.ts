import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api?.close());

interface CityData {
  city: {
    name: string;
    slots: number;
    childrenUnder3: number;
    filedInstitutionCount: number;
    inclusiveInstitutionCount: number;
    districts: { name: string; code: string; filedInstitutionCount: number }[];
    targets: { title: string; baseline: number; targetValue: number; currentValue: number; progress: number; expectedProgress: number; onTrack: boolean }[];
  };
}

const CITY = `query($code: String!) { city(code: $code) {
  name slots childrenUnder3 filedInstitutionCount inclusiveInstitutionCount
  districts { name code filedInstitutionCount }
  targets { title baseline targetValue currentValue progress expectedProgress onTrack }
} }`;

describe('the Jingzhou figures of the 2023 report, through the API', () => {
  it('answers 14826 slots for 荆州市', async () => {
    const res = await api.gql<CityData>(CITY, { code: '421000' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.city.name).toBe('荆州市');
    expect(res.data?.city.slots).toBe(14826);
  });

  it('gives the 2023 target of 2,000 new slots a progress of 1.43 (143%)', async () => {
    const res = await api.gql<CityData>(CITY, { code: '421000' });
    const target = res.data?.city.targets.find((t) => t.title === '2023年新增托位2000个');
    expect(target).toMatchObject({ baseline: 11966, targetValue: 2000, currentValue: 14826, progress: 1.43, expectedProgress: 1, onTrack: true });
  });

  it('counts 52 filed institutions, split by district as in the report', async () => {
    const res = await api.gql<CityData>(CITY, { code: '421000' });
    const byName = Object.fromEntries(res.data!.city.districts.map((d) => [d.name, d.filedInstitutionCount]));
    expect(byName).toEqual({ 荆州区: 1, 沙市区: 6, 江陵县: 11, 松滋市: 3, 公安县: 7, 石首市: 3, 监利市: 13, 洪湖市: 8 });
    expect(res.data?.city.filedInstitutionCount).toBe(52);
  });

  it('lists the four provincial demonstration institutions by name', async () => {
    const res = await api.gql<{ institutions: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `{ institutions(filter: { cityCode: "421000", demonstrationLevel: PROVINCIAL }, first: 10) { totalCount edges { node { name } } } }`,
      {},
      await api.login('leader.jz'),
    );
    expect(res.data?.institutions.edges.map((e) => e.node.name).sort()).toEqual(
      ['江陵县爱童母婴管理公司', '公安县梅园幼儿园示范性托育服务中心', '石首市实验幼儿园陈家湖园区', '洪湖市爱思晨婴幼儿托育中心'].sort(),
    );
  });

  it('keeps the end-of-2022 level of 11,966 slots as history, 2,860 below the end of 2023', async () => {
    const res = await api.gql<{ indicatorSeries: { period: string; value: number }[] }>(
      `{ indicatorSeries(key: "childcare_slots", scopeCode: "421000", from: "2022-12-01", to: "2023-12-31", granularity: YEAR) { period value } }`,
    );
    expect(res.data?.indicatorSeries).toEqual([
      { period: '2022-01-01', value: 11966 },
      { period: '2023-01-01', value: 14826 },
    ]);
  });
});

describe('the Lianyungang figures of the 2023 report, through the API', () => {
  it('has 112,000 children under 3 and 35 inclusive institutions', async () => {
    const res = await api.gql<CityData>(CITY, { code: '320700' });
    expect(res.data?.city.childrenUnder3).toBe(112000);
    expect(res.data?.city.inclusiveInstitutionCount).toBe(35);
  });

  it('has 12 provincial pilots and 3 demonstration institutions among the inclusive ones', async () => {
    const res = await api.gql<{ pilots: { totalCount: number }; demo: { totalCount: number } }>(
      `{ pilots: institutions(filter: { cityCode: "320700", inclusive: true, pilotLevel: PROVINCIAL }) { totalCount }
         demo: institutions(filter: { cityCode: "320700", inclusive: true, demonstrationLevel: PROVINCIAL }) { totalCount } }`,
      {},
      await api.login('leader.lyg'),
    );
    expect(res.data?.pilots.totalCount).toBe(12);
    expect(res.data?.demo.totalCount).toBe(3);
  });

  it('sets the 2025 target of 4.5 slots per 1,000 residents', async () => {
    const res = await api.gql<CityData>(CITY, { code: '320700' });
    const target = res.data?.city.targets.find((t) => t.title === '2025年每千人口托位数达到4.5个');
    expect(target?.targetValue).toBe(4.5);
    expect(target?.progress).toBeGreaterThan(0);
  });

  it('reports the voucher, employer and tax-deduction figures as recorded', async () => {
    const res = await api.gql<{ cityOverview: { indicators: { key: string; value: number }[] } }>(
      `{ cityOverview(code: "320700") { indicators { key value } } }`,
    );
    const value = (key: string) => res.data?.cityOverview.indicators.find((i) => i.key === key)?.value;
    expect(value('childcare_vouchers')).toBe(100);
    expect(value('employer_subsidy_applicants')).toBe(19);
    expect(value('under3_tax_deduction')).toBe(498);
  });
});
