import { describe, expect, it, vi } from 'vitest';
import { buildDemoData, historyMonths, historyQuarters } from './demo-data.js';
import type { DemoData, DemoIndicatorValue, DemoInstitution } from './demo-data.types.js';

// The figures asserted here come from the brief and /work/shared/domain/facts.md; anything the
// generator makes up is only checked for plausibility, computed from the data themselves.

const JINGZHOU = '421000';
const LIANYUNGANG = '320700';
const REPORT_JINGZHOU = '荆州市2023年民生实事报道（2023-12-25）';
const REPORT_LIANYUNGANG = '连云港市“一老一小”民生报道（2023-02-23）';
const DEMO_NOTE = '演示数据 demo data';

const TODAY = new Date('2026-11-22T08:00:00Z');
const TODAYS = ['2026-02-01T00:00:00Z', '2026-02-28T23:59:59Z', '2026-07-15T12:00:00Z', '2027-01-05T00:00:00Z', '2027-12-31T23:59:59Z'].map(
  (iso) => new Date(iso),
);
const data = buildDemoData(TODAY);
const dataByToday = TODAYS.map((today) => ({ today, data: buildDemoData(today) }));

const isOpen = (i: DemoInstitution): boolean => i.closedOn === null;
const isFiled = (i: DemoInstitution): boolean => i.filedOn !== null && isOpen(i);
const total = <T>(items: readonly T[], f: (item: T) => number): number => items.reduce((s, item) => s + f(item), 0);

function districtCodes(d: DemoData, cityCode: string): string[] {
  return d.districts.filter((x) => x.cityCode === cityCode).map((x) => x.code);
}
function institutionsOf(d: DemoData, cityCode: string): DemoInstitution[] {
  const codes = districtCodes(d, cityCode);
  return d.institutions.filter((i) => codes.includes(i.districtCode));
}
function city(d: DemoData, code: string) {
  const c = d.cities.find((x) => x.code === code);
  if (!c) throw new Error(`no city ${code}`);
  return c;
}
function rowsOf(d: DemoData, key: string): DemoIndicatorValue[] {
  return d.indicatorValues.filter((v) => v.indicatorKey === key);
}
/** Sum over a city's districts, per period, in period order. */
function citySeries(d: DemoData, key: string, cityCode: string): Map<string, number> {
  const codes = districtCodes(d, cityCode);
  const sums = new Map<string, number>();
  for (const v of rowsOf(d, key).sort((a, b) => a.period.localeCompare(b.period))) {
    if (v.districtCode !== null && codes.includes(v.districtCode)) sums.set(v.period, (sums.get(v.period) ?? 0) + v.value);
  }
  return sums;
}
function districtSeries(d: DemoData, key: string, districtCode: string): number[] {
  return rowsOf(d, key)
    .filter((v) => v.districtCode === districtCode)
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((v) => v.value);
}
function at(series: Map<string, number>, period: string): number {
  const value = series.get(period);
  if (value === undefined) throw new Error(`no value for ${period}`);
  return value;
}
function between(series: Map<string, number>, from: string, to: string): number[] {
  return [...series].filter(([p]) => p >= from && p <= to).map(([, v]) => v);
}
const pairs = (xs: readonly number[]): [number, number][] => xs.slice(1).map((x, i) => [xs[i] ?? x, x]);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('historyMonths and historyQuarters', () => {
  it('lists every month from 2022-01 up to the month before today', () => {
    const months = historyMonths(new Date('2026-02-10T00:00:00Z'));
    expect(months).toHaveLength(49);
    expect(months[0]).toBe('2022-01-01');
    expect(months.at(-1)).toBe('2026-01-01');
    expect(historyMonths(new Date('2027-12-31T23:59:59Z')).at(-1)).toBe('2027-11-01');
  });

  it('reads today in UTC, so the result does not depend on the machine time zone', () => {
    expect(historyMonths(new Date('2026-03-01T00:30:00+08:00')).at(-1)).toBe('2026-01-01');
  });

  it('lists every complete quarter from 2022-01-01 before today', () => {
    expect(historyQuarters(new Date('2026-02-10T00:00:00Z')).at(-1)).toBe('2025-10-01');
    expect(historyQuarters(new Date('2026-02-10T00:00:00Z'))).toHaveLength(16);
    expect(historyQuarters(new Date('2026-04-01T00:00:00Z')).at(-1)).toBe('2026-01-01');
    expect(historyQuarters(new Date('2027-12-31T00:00:00Z')).at(-1)).toBe('2027-07-01');
  });
});

describe('buildDemoData as a function', () => {
  it('gives the same data set for the same today and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    try {
      expect(buildDemoData(new Date(TODAY))).toEqual(buildDemoData(new Date(TODAY)));
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('keeps the history up to 2025-12 the same whatever today is', () => {
    const upTo2025 = (d: DemoData) => d.indicatorValues.filter((v) => v.period <= '2025-12-01');
    for (const { data: other } of dataByToday) expect(upTo2025(other)).toEqual(upTo2025(data));
  });

  it('refuses a today before 2026-02 or an invalid date', () => {
    expect(() => buildDemoData(new Date('2026-01-31T23:59:59Z'))).toThrow(RangeError);
    expect(() => buildDemoData(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('cities and districts', () => {
  it('lists Jingzhou and Lianyungang with their codes, provinces, English names and census populations', () => {
    expect(data.cities.map(({ code, name, nameEn, province, population }) => ({ code, name, nameEn, province, population }))).toEqual([
      { code: JINGZHOU, name: '荆州市', nameEn: 'Jingzhou', province: '湖北省', population: 5_230_000 },
      { code: LIANYUNGANG, name: '连云港市', nameEn: 'Lianyungang', province: '江苏省', population: 4_600_000 },
    ]);
  });

  it('gives Lianyungang exactly 112,000 children under 3 and Jingzhou a plausible 110,000 to 120,000', () => {
    expect(city(data, LIANYUNGANG).childrenUnder3).toBe(112_000);
    expect(city(data, JINGZHOU).childrenUnder3).toBeGreaterThanOrEqual(110_000);
    expect(city(data, JINGZHOU).childrenUnder3).toBeLessThanOrEqual(120_000);
  });

  it('makes each city population and number of children under 3 the sums over its districts', () => {
    for (const c of data.cities) {
      const districts = data.districts.filter((d) => d.cityCode === c.code);
      expect(total(districts, (d) => d.population)).toBe(c.population);
      expect(total(districts, (d) => d.childrenUnder3)).toBe(c.childrenUnder3);
    }
  });

  it('lists the eight Jingzhou and six Lianyungang districts with their codes and kinds', () => {
    expect(data.districts.map((d) => [d.cityCode, d.code, d.name, d.kind])).toEqual([
      [JINGZHOU, '421002', '沙市区', 'DISTRICT'],
      [JINGZHOU, '421003', '荆州区', 'DISTRICT'],
      [JINGZHOU, '421022', '公安县', 'COUNTY'],
      [JINGZHOU, '421024', '江陵县', 'COUNTY'],
      [JINGZHOU, '421081', '石首市', 'COUNTY_CITY'],
      [JINGZHOU, '421083', '洪湖市', 'COUNTY_CITY'],
      [JINGZHOU, '421087', '松滋市', 'COUNTY_CITY'],
      [JINGZHOU, '421088', '监利市', 'COUNTY_CITY'],
      [LIANYUNGANG, '320703', '连云区', 'DISTRICT'],
      [LIANYUNGANG, '320706', '海州区', 'DISTRICT'],
      [LIANYUNGANG, '320707', '赣榆区', 'DISTRICT'],
      [LIANYUNGANG, '320722', '东海县', 'COUNTY'],
      [LIANYUNGANG, '320723', '灌云县', 'COUNTY'],
      [LIANYUNGANG, '320724', '灌南县', 'COUNTY'],
    ]);
  });

  it('names every district in pinyin with the English word for its kind', () => {
    const word = { DISTRICT: 'District', COUNTY: 'County', COUNTY_CITY: 'City' } as const;
    for (const d of data.districts) expect(d.nameEn).toMatch(new RegExp(`^[A-Z][a-z']+ ${word[d.kind]}$`));
    expect(data.districts.find((d) => d.code === '421002')?.nameEn).toBe('Shashi District');
    expect(data.districts.find((d) => d.code === '421088')?.nameEn).toBe('Jianli City');
  });

  it('gives every district a plausible population with 20-25% aged 60+ and about 2% under 3', () => {
    for (const d of data.districts) {
      expect(d.population).toBeGreaterThan(100_000);
      expect(d.residents60Plus / d.population).toBeGreaterThanOrEqual(0.2);
      expect(d.residents60Plus / d.population).toBeLessThanOrEqual(0.25);
      expect(d.childrenUnder3 / d.population).toBeGreaterThan(0.015);
      expect(d.childrenUnder3 / d.population).toBeLessThan(0.03);
    }
  });
});

describe('institutions in both cities', () => {
  it('gives every district several open institutions', () => {
    for (const d of data.districts) {
      expect(data.institutions.filter((i) => i.districtCode === d.code && isOpen(i)).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every institution a unique Chinese name starting with its district or city and an address in its district', () => {
    expect(new Set(data.institutions.map((i) => i.name)).size).toBe(data.institutions.length);
    for (const i of data.institutions) {
      const district = data.districts.find((d) => d.code === i.districtCode);
      if (!district) throw new Error(`${i.name} has unknown district ${i.districtCode}`);
      const cityName = city(data, district.cityCode).name;
      expect(i.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(i.name.startsWith(district.name) || i.name.startsWith(cityName)).toBe(true);
      expect(i.address).toMatch(new RegExp(`^${cityName}${district.name}.+\\d+号$`));
    }
  });

  it('keeps slots between 20 and 300 and enrolment within slots, with nobody enrolled where closed', () => {
    for (const i of data.institutions) {
      expect(Number.isInteger(i.slots) && i.slots >= 20 && i.slots <= 300).toBe(true);
      expect(Number.isInteger(i.enrolled) && i.enrolled >= 0 && i.enrolled <= i.slots).toBe(true);
      if (!isOpen(i)) expect(i.enrolled).toBe(0);
    }
  });

  it('dates openings before today, filings after openings and closings after openings', () => {
    for (const i of data.institutions) {
      for (const date of [i.openedOn, i.filedOn, i.closedOn]) if (date !== null) expect(date).toMatch(isoDate);
      expect(i.openedOn < '2026-01-01').toBe(true);
      if (i.filedOn !== null) expect(i.filedOn >= i.openedOn).toBe(true);
      if (i.closedOn !== null) expect(i.closedOn > i.openedOn && i.closedOn < '2026-02-01').toBe(true);
    }
  });

  it('gives every institution ordered, distinct age classes', () => {
    const order = ['INFANT', 'TODDLER', 'PRESCHOOL'];
    for (const i of data.institutions) {
      expect(i.ageClasses.length).toBeGreaterThan(0);
      expect(i.ageClasses).toEqual(order.filter((a) => (i.ageClasses as string[]).includes(a)));
    }
  });

  it('mixes at least four kinds of ownership in each city', () => {
    for (const c of [JINGZHOU, LIANYUNGANG]) {
      expect(new Set(institutionsOf(data, c).map((i) => i.ownership)).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('files every inclusive and every demonstration institution', () => {
    for (const i of data.institutions) {
      if (i.inclusive || i.demonstrationLevel !== 'NONE') expect(i.filedOn).not.toBeNull();
    }
  });
});

describe('Jingzhou institutions', () => {
  const jingzhou = institutionsOf(data, JINGZHOU);

  it('gives Jingzhou open institutions 14,826 slots in all', () => {
    expect(total(jingzhou.filter(isOpen), (i) => i.slots)).toBe(14_826);
  });

  it('gives Jingzhou 52 filed institutions, split by district as in the report', () => {
    const filed = Object.fromEntries(districtCodes(data, JINGZHOU).map((code) => [code, jingzhou.filter((i) => i.districtCode === code && isFiled(i)).length]));
    expect(filed).toEqual({ '421003': 1, '421002': 6, '421024': 11, '421087': 3, '421022': 7, '421081': 3, '421088': 13, '421083': 8 });
    expect(jingzhou.filter(isFiled)).toHaveLength(52);
  });

  it('dates every Jingzhou filing on or before 2023-11-30', () => {
    for (const i of jingzhou) if (i.filedOn !== null) expect(i.filedOn <= '2023-11-30').toBe(true);
  });

  it('leaves unfiled open institutions in most Jingzhou districts and closes a couple', () => {
    const withUnfiled = districtCodes(data, JINGZHOU).filter((code) => jingzhou.some((i) => i.districtCode === code && isOpen(i) && i.filedOn === null));
    expect(withUnfiled.length).toBeGreaterThanOrEqual(5);
    expect(jingzhou.filter(isFiled).length).toBeLessThan(jingzhou.filter(isOpen).length);
    const closed = jingzhou.filter((i) => !isOpen(i));
    expect(closed.length).toBeGreaterThanOrEqual(2);
    expect(closed.length).toBeLessThanOrEqual(3);
  });

  it('names exactly four provincial demonstration institutions, all filed, in their districts', () => {
    const provincial = jingzhou.filter((i) => i.demonstrationLevel === 'PROVINCIAL');
    expect(provincial.map((i) => [i.name, i.districtCode]).sort()).toEqual(
      [
        ['江陵县爱童母婴管理公司', '421024'],
        ['公安县梅园幼儿园示范性托育服务中心', '421022'],
        ['石首市实验幼儿园陈家湖园区', '421081'],
        ['洪湖市爱思晨婴幼儿托育中心', '421083'],
      ].sort(),
    );
    for (const i of provincial) expect(isFiled(i)).toBe(true);
  });

  it('runs the Gongan Meiyuan centre as a kindergarten taking only children from about 2', () => {
    const meiyuan = jingzhou.find((i) => i.name === '公安县梅园幼儿园示范性托育服务中心');
    expect(meiyuan?.ownership).toBe('KINDERGARTEN');
    expect(meiyuan?.ageClasses).toEqual(['PRESCHOOL']);
  });

  it('makes some but not all Jingzhou institutions inclusive', () => {
    const inclusive = jingzhou.filter((i) => isOpen(i) && i.inclusive).length;
    expect(inclusive).toBeGreaterThan(0);
    expect(inclusive).toBeLessThan(jingzhou.filter(isOpen).length);
  });
});

describe('Lianyungang institutions', () => {
  const lianyungang = institutionsOf(data, LIANYUNGANG);
  const inclusive = lianyungang.filter((i) => isOpen(i) && i.inclusive);

  it('makes exactly 35 open institutions inclusive, every one a pilot', () => {
    expect(inclusive).toHaveLength(35);
    for (const i of inclusive) expect(i.pilotLevel).not.toBe('NONE');
  });

  it('makes 12 of the inclusive pilots provincial and the rest city pilots', () => {
    expect(inclusive.filter((i) => i.pilotLevel === 'PROVINCIAL')).toHaveLength(12);
    expect(inclusive.filter((i) => i.pilotLevel === 'CITY')).toHaveLength(23);
  });

  it('makes exactly 3 of the inclusive pilots provincial demonstration institutions and no other', () => {
    expect(inclusive.filter((i) => i.demonstrationLevel === 'PROVINCIAL')).toHaveLength(3);
    expect(lianyungang.filter((i) => i.demonstrationLevel === 'PROVINCIAL')).toHaveLength(3);
  });

  it('makes no other Lianyungang institution inclusive or a pilot', () => {
    for (const i of lianyungang.filter((x) => !(isOpen(x) && x.inclusive))) {
      expect([i.inclusive, i.pilotLevel]).toEqual([false, 'NONE']);
    }
  });

  it('includes the municipal infant-care guidance centre with its three age classes', () => {
    const centre = lianyungang.find((i) => i.name === '连云港市妇幼保健院婴幼儿照护指导中心');
    expect(centre).toMatchObject({ districtCode: '320706', ownership: 'PUBLIC', openedOn: '2020-10-01', closedOn: null });
    expect(centre?.ageClasses).toEqual(['INFANT', 'TODDLER', 'PRESCHOOL']);
  });

  it('gives Lianyungang about 4.4 to 4.5 open slots per 1,000 residents', () => {
    const perThousand = (total(lianyungang.filter(isOpen), (i) => i.slots) / city(data, LIANYUNGANG).population) * 1000;
    expect(perThousand).toBeGreaterThanOrEqual(4.4);
    expect(perThousand).toBeLessThanOrEqual(4.5);
  });
});

describe('indicators', () => {
  // [key, nameZh, category, computation, frequency (when the brief fixes it), unit]
  const spec = [
    ['childcare_slots', '托位数', 'YOUNG', 'LIVE', 'MONTHLY', '个'],
    ['slots_per_1000', '每千人口托位数', 'YOUNG', 'DERIVED', null, '个/千人'],
    ['institutions', '托育机构数', 'YOUNG', 'LIVE', null, '个'],
    ['filed_institutions', '备案托育机构数', 'YOUNG', 'LIVE', null, '个'],
    ['inclusive_institutions', '普惠托育机构数', 'YOUNG', 'LIVE', null, '个'],
    ['enrolled_children', '在托婴幼儿数', 'YOUNG', 'LIVE', null, '人'],
    ['childcare_vouchers', '托育消费券发放金额', 'YOUNG', 'STORED', 'YEARLY', '万元'],
    ['employer_subsidy_applicants', '申请托育社保补贴用人单位数', 'YOUNG', 'STORED', 'YEARLY', '个'],
    ['under3_tax_deduction', '3岁以下婴幼儿照护个税专项附加扣除', 'YOUNG', 'STORED', 'YEARLY', '万元'],
    ['elderly_care_beds', '养老床位数', 'OLD', 'STORED', 'QUARTERLY', '张'],
    ['beds_per_1000_elderly', '每千名老年人养老床位数', 'OLD', 'DERIVED', null, '张/千人'],
    ['community_care_centres', '社区居家养老服务中心数', 'OLD', 'STORED', 'QUARTERLY', '个'],
    ['meal_assistance_points', '老年助餐点数', 'OLD', 'STORED', 'QUARTERLY', '个'],
  ] as const;

  it('defines exactly the thirteen indicators with their names, categories, computations, frequencies and units', () => {
    expect(data.indicators.map((i) => i.key).sort()).toEqual(spec.map(([key]) => key).sort());
    for (const [key, nameZh, category, computation, frequency, unit] of spec) {
      const indicator = data.indicators.find((i) => i.key === key);
      expect(indicator).toMatchObject({ nameZh, category, computation, unit });
      if (frequency !== null) expect(indicator?.frequency).toBe(frequency);
    }
  });

  it('gives the derived indicators their formulas and no formula to the others', () => {
    const formula = Object.fromEntries(data.indicators.map((i) => [i.key, i.formula]));
    expect(formula['slots_per_1000']).toBe('childcare_slots / population × 1000');
    expect(formula['beds_per_1000_elderly']).toBe('elderly_care_beds / residents_60_plus × 1000');
    for (const i of data.indicators) if (i.computation !== 'DERIVED') expect(i.formula).toBeNull();
  });

  it('fills in English names, a bilingual definition and a source for every indicator', () => {
    for (const i of data.indicators) {
      expect(i.nameEn).toMatch(/^[A-Z][A-Za-z0-9 ,+-]+$/);
      expect(i.definition).toMatch(/[\u4e00-\u9fff]/);
      expect(i.definition).toMatch(/[A-Za-z]{3}/);
      expect(i.source.length).toBeGreaterThan(3);
      expect(i.higherIsBetter).toBe(true);
    }
  });
});

describe('indicator values', () => {
  it('stores values only for stored or live indicators, each for exactly one known city or district', () => {
    const computation = new Map(data.indicators.map((i) => [i.key, i.computation]));
    const cityCodes = new Set(data.cities.map((c) => c.code));
    const codes = new Set(data.districts.map((d) => d.code));
    for (const v of data.indicatorValues) {
      expect(['STORED', 'LIVE']).toContain(computation.get(v.indicatorKey));
      expect((v.cityCode === null) !== (v.districtCode === null)).toBe(true);
      if (v.cityCode !== null) expect(cityCodes.has(v.cityCode)).toBe(true);
      if (v.districtCode !== null) expect(codes.has(v.districtCode)).toBe(true);
      expect(Number.isFinite(v.value) && v.value >= 0).toBe(true);
      expect(v.sourceNote.length).toBeGreaterThan(0);
    }
  });

  it('dates every value by the first day of its period and never repeats a period for one indicator and area', () => {
    const frequency = new Map(data.indicators.map((i) => [i.key, i.frequency]));
    const starts = { MONTHLY: /^\d{4}-\d{2}-01$/, QUARTERLY: /^\d{4}-(01|04|07|10)-01$/, YEARLY: /^\d{4}-01-01$/ };
    const seen = new Set<string>();
    for (const v of data.indicatorValues) {
      const f = frequency.get(v.indicatorKey);
      if (f === undefined) throw new Error(`unknown indicator ${v.indicatorKey}`);
      expect(v.period).toMatch(starts[f]);
      const key = `${v.indicatorKey}|${v.cityCode}|${v.districtCode}|${v.period}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('records the reported Lianyungang figures for 2022 at city level, citing the report', () => {
    const reported = data.indicatorValues.filter((v) => v.cityCode !== null);
    expect(reported.map(({ indicatorKey, cityCode, districtCode, period, value, sourceNote }) => ({ indicatorKey, cityCode, districtCode, period, value, sourceNote })).sort((a, b) => a.indicatorKey.localeCompare(b.indicatorKey))).toEqual([
      { indicatorKey: 'childcare_vouchers', cityCode: LIANYUNGANG, districtCode: null, period: '2022-01-01', value: 100, sourceNote: REPORT_LIANYUNGANG },
      { indicatorKey: 'employer_subsidy_applicants', cityCode: LIANYUNGANG, districtCode: null, period: '2022-01-01', value: 19, sourceNote: REPORT_LIANYUNGANG },
      { indicatorKey: 'under3_tax_deduction', cityCode: LIANYUNGANG, districtCode: null, period: '2022-01-01', value: 498, sourceNote: REPORT_LIANYUNGANG },
    ]);
  });
});

describe('childcare slot history', () => {
  const jingzhou = citySeries(data, 'childcare_slots', JINGZHOU);
  const lianyungang = citySeries(data, 'childcare_slots', LIANYUNGANG);

  it.each(dataByToday)('has one value per district for every history month when today is $today', ({ today, data: d }) => {
    const months = historyMonths(today);
    const rows = rowsOf(d, 'childcare_slots');
    expect(rows.every((v) => v.cityCode === null && v.districtCode !== null)).toBe(true);
    expect(rows).toHaveLength(months.length * d.districts.length);
    for (const district of d.districts) {
      expect(rows.filter((v) => v.districtCode === district.code).map((v) => v.period).sort()).toEqual(months);
    }
  });

  it.each(dataByToday)('ends each district history at its live slot count when today is $today', ({ today, data: d }) => {
    const last = historyMonths(today).at(-1);
    for (const district of d.districts) {
      const live = total(d.institutions.filter((i) => i.districtCode === district.code && isOpen(i)), (i) => i.slots);
      expect(rowsOf(d, 'childcare_slots').find((v) => v.districtCode === district.code && v.period === last)?.value).toBe(live);
    }
  });

  it('puts Jingzhou at 11,966 slots at the end of 2022 and 14,826 at the end of 2023, 143% of the 2,000 target', () => {
    expect(at(jingzhou, '2022-12-01')).toBe(11_966);
    expect(at(jingzhou, '2023-12-01')).toBe(14_826);
    const increase = at(jingzhou, '2023-12-01') - at(jingzhou, '2022-12-01');
    expect(increase).toBe(2_860);
    expect(Math.round((increase / 2_000) * 100)).toBe(143);
  });

  it('starts Jingzhou at about 11,200 in 2022-01 and rises every month through 2022 and 2023', () => {
    expect(at(jingzhou, '2022-01-01')).toBeGreaterThanOrEqual(11_000);
    expect(at(jingzhou, '2022-01-01')).toBeLessThanOrEqual(11_400);
    for (const [a, b] of pairs(between(jingzhou, '2022-01-01', '2023-12-01'))) expect(b).toBeGreaterThan(a);
  });

  it('lets Jingzhou dip gently through 2024 and 2025 to about 14,200', () => {
    const dip = between(jingzhou, '2024-01-01', '2025-12-01');
    expect(at(jingzhou, '2025-12-01')).toBeGreaterThanOrEqual(14_000);
    expect(at(jingzhou, '2025-12-01')).toBeLessThanOrEqual(14_400);
    expect(at(jingzhou, '2025-12-01')).toBeLessThan(at(jingzhou, '2023-12-01'));
    for (const v of dip) expect(v).toBeLessThanOrEqual(at(jingzhou, '2023-12-01'));
    for (const [a, b] of pairs([at(jingzhou, '2023-12-01'), ...dip])) expect(Math.abs(b - a) / a).toBeLessThan(0.01);
  });

  it.each(dataByToday)('lets Jingzhou rise from 2025-12 to the last history month when today is $today', ({ data: d }) => {
    const series = citySeries(d, 'childcare_slots', JINGZHOU);
    const recent = [...series].filter(([p]) => p >= '2025-12-01').map(([, v]) => v);
    expect(recent.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of pairs(recent)) expect(b).toBeGreaterThanOrEqual(a);
    expect(recent.at(-1)).toBeGreaterThan(recent[0] ?? Infinity);
  });

  it('takes Lianyungang from about 3.0 slots per 1,000 in 2022-01 up to about 4.38 in 2025-12', () => {
    const perThousand = (period: string) => (at(lianyungang, period) / city(data, LIANYUNGANG).population) * 1000;
    expect(perThousand('2022-01-01')).toBeGreaterThanOrEqual(2.9);
    expect(perThousand('2022-01-01')).toBeLessThanOrEqual(3.1);
    expect(perThousand('2025-12-01')).toBeGreaterThanOrEqual(4.33);
    expect(perThousand('2025-12-01')).toBeLessThanOrEqual(4.43);
    for (const [a, b] of pairs(between(lianyungang, '2022-01-01', '2025-12-01'))) expect(b).toBeGreaterThan(a);
  });

  it.each(dataByToday)('changes plausibly from month to month when today is $today', ({ data: d }) => {
    for (const c of [JINGZHOU, LIANYUNGANG]) {
      for (const [a, b] of pairs([...citySeries(d, 'childcare_slots', c).values()])) expect(Math.abs(b - a) / a).toBeLessThanOrEqual(0.06);
    }
    for (const district of d.districts) {
      const series = districtSeries(d, 'childcare_slots', district.code);
      for (const v of series) expect(Number.isInteger(v) && v > 0).toBe(true);
      for (const [a, b] of pairs(series)) expect(Math.abs(b - a) / a).toBeLessThanOrEqual(0.12);
    }
  });

  it('cites the Jingzhou report for its real year-end figures and marks every other month as demo data', () => {
    const codes = districtCodes(data, JINGZHOU);
    for (const v of rowsOf(data, 'childcare_slots')) {
      const real = v.districtCode !== null && codes.includes(v.districtCode) && ['2022-12-01', '2023-12-01'].includes(v.period);
      expect(v.sourceNote).toBe(real ? REPORT_JINGZHOU : DEMO_NOTE);
    }
  });
});

describe('elderly-care history', () => {
  const keys = ['elderly_care_beds', 'community_care_centres', 'meal_assistance_points'];

  it.each(dataByToday)('has one value per district for every complete quarter when today is $today', ({ today, data: d }) => {
    const quarters = historyQuarters(today);
    for (const key of keys) {
      const rows = rowsOf(d, key);
      expect(rows.every((v) => v.cityCode === null)).toBe(true);
      for (const district of d.districts) {
        expect(rows.filter((v) => v.districtCode === district.code).map((v) => v.period).sort()).toEqual(quarters);
      }
      expect(rows).toHaveLength(quarters.length * d.districts.length);
    }
  });

  it('marks every elderly-care value as demo data', () => {
    for (const key of keys) for (const v of rowsOf(data, key)) expect(v.sourceNote).toBe(DEMO_NOTE);
  });

  it.each(dataByToday)('keeps beds around 30-40 per 1,000 residents aged 60+, rising slowly, when today is $today', ({ data: d }) => {
    for (const district of d.districts) {
      const beds = districtSeries(d, 'elderly_care_beds', district.code);
      for (const b of beds) {
        expect((b / district.residents60Plus) * 1000).toBeGreaterThanOrEqual(28);
        expect((b / district.residents60Plus) * 1000).toBeLessThanOrEqual(42);
      }
      for (const [a, b] of pairs(beds)) expect(b >= a && (b - a) / a <= 0.05).toBe(true);
      for (const [a, b] of pairs(districtSeries(d, 'community_care_centres', district.code))) expect(b - a).toBeGreaterThanOrEqual(0);
      for (const [a, b] of pairs(districtSeries(d, 'meal_assistance_points', district.code))) expect(b - a).toBeGreaterThanOrEqual(0);
    }
    for (const c of [JINGZHOU, LIANYUNGANG]) {
      const elderly = total(d.districts.filter((x) => x.cityCode === c), (x) => x.residents60Plus);
      for (const beds of between(citySeries(d, 'elderly_care_beds', c), '2022-01-01', '2025-10-01')) {
        expect((beds / elderly) * 1000).toBeGreaterThanOrEqual(30);
        expect((beds / elderly) * 1000).toBeLessThanOrEqual(40);
      }
    }
  });

  it('adds meal-assistance points faster in 2026 than in the years before', () => {
    const late = dataByToday.at(-1)?.data;
    if (!late) throw new Error('no data');
    for (const c of [JINGZHOU, LIANYUNGANG]) {
      const meals = citySeries(late, 'meal_assistance_points', c);
      const before = (at(meals, '2025-10-01') - at(meals, '2022-01-01')) / 15;
      const in2026 = (at(meals, '2026-10-01') - at(meals, '2025-10-01')) / 4;
      expect(in2026).toBeGreaterThan(1.5 * before);
    }
  });
});

describe('targets', () => {
  const target = (title: string) => {
    const t = data.targets.find((x) => x.title === title);
    if (!t) throw new Error(`no target ${title}`);
    return t;
  };
  const elderly = (c: string) => total(data.districts.filter((d) => d.cityCode === c), (d) => d.residents60Plus);

  it('sets exactly six city-level targets on known indicators', () => {
    expect(data.targets).toHaveLength(6);
    const keys = new Set(data.indicators.map((i) => i.key));
    for (const t of data.targets) {
      expect(t.districtCode).toBeNull();
      expect(keys.has(t.indicatorKey)).toBe(true);
    }
  });

  it("sets Jingzhou's 2023 goal of 2,000 new slots on the 2022 year-end level", () => {
    const { parts, ...own } = target('2023年新增托位2000个');
    expect(parts).toHaveLength(8); // demo-target-parts.test.ts checks the split
    expect(own).toEqual({
      cityCode: JINGZHOU, districtCode: null, indicatorKey: 'childcare_slots', title: '2023年新增托位2000个', kind: 'INCREASE',
      startsOn: '2023-01-01', deadline: '2023-12-31', baseline: 11_966, targetValue: 2_000,
    });
    expect(target('2023年新增托位2000个').baseline).toBe(at(citySeries(data, 'childcare_slots', JINGZHOU), '2022-12-01'));
  });

  it("sets Lianyungang's 2025 goal of 4.5 slots per 1,000 on its 2022 year-end ratio", () => {
    const slots = at(citySeries(data, 'childcare_slots', LIANYUNGANG), '2022-12-01');
    const baseline = Math.round((slots / city(data, LIANYUNGANG).population) * 1000 * 100) / 100;
    expect(target('2025年每千人口托位数达到4.5个')).toMatchObject({
      cityCode: LIANYUNGANG, indicatorKey: 'childcare_slots', kind: 'PER_1000', startsOn: '2023-01-01', deadline: '2025-12-31', baseline, targetValue: 4.5,
    });
    expect(baseline).toBeLessThan(4.5);
  });

  it("sets Jingzhou's demo 2026 goal of 800 more slots on the 2025 year-end level", () => {
    expect(target('2026年新增普惠托位800个')).toMatchObject({
      cityCode: JINGZHOU, indicatorKey: 'childcare_slots', kind: 'INCREASE', startsOn: '2026-01-01', deadline: '2026-12-31',
      baseline: at(citySeries(data, 'childcare_slots', JINGZHOU), '2025-12-01'), targetValue: 800,
    });
  });

  it("sets Jingzhou's demo 2026 goal of 100 more meal-assistance points on the level of the last quarter of 2025", () => {
    expect(target('2026年新增老年助餐点100个')).toMatchObject({
      cityCode: JINGZHOU, indicatorKey: 'meal_assistance_points', kind: 'INCREASE', startsOn: '2026-01-01', deadline: '2026-12-31',
      baseline: at(citySeries(data, 'meal_assistance_points', JINGZHOU), '2025-10-01'), targetValue: 100,
    });
  });

  it("sets Lianyungang's demo 2026 goal of 40 beds per 1,000 elderly on the ratio of the last quarter of 2025", () => {
    const beds = at(citySeries(data, 'elderly_care_beds', LIANYUNGANG), '2025-10-01');
    const baseline = Math.round((beds / elderly(LIANYUNGANG)) * 1000 * 10) / 10;
    expect(target('2026年每千名老年人养老床位达到40张')).toMatchObject({
      cityCode: LIANYUNGANG, indicatorKey: 'beds_per_1000_elderly', kind: 'LEVEL', startsOn: '2026-01-01', deadline: '2026-12-31', baseline, targetValue: 40,
    });
    expect(baseline).toBeLessThan(40);
  });
});
