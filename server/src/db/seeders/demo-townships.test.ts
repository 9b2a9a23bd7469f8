import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from './demo-data.js';
import { DEMO_ESTIMATE_NOTE } from './demo-townships.js';

const data = buildDemoData(new Date('2026-11-22T08:00:00Z'));
const csvCodes = readFileSync(new URL('../reference/townships.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

describe('the demo townships', () => {
  it('are exactly the 230 units of townships.csv, each in the district its code starts with', () => {
    expect(data.townships.map((t) => t.code).sort()).toEqual([...csvCodes].sort());
    expect(data.townships).toHaveLength(230);
    for (const t of data.townships) expect(t.code.slice(0, 6)).toBe(t.districtCode);
  });

  it('count 87 townships of Lianyungang for coverage (sub-districts, towns and townships), leaving its 18 farms, zones and works out', () => {
    const lianyungang = data.townships.filter((t) => t.code.startsWith('3207'));
    expect(lianyungang.filter((t) => t.kind !== 'OTHER')).toHaveLength(87);
    expect(lianyungang.filter((t) => t.kind === 'OTHER')).toHaveLength(18);
  });

  it('apportion each district’s population and children under 3 exactly over its townships, labelled as demo estimates', () => {
    for (const d of data.districts) {
      const own = data.townships.filter((t) => t.districtCode === d.code);
      expect(own.reduce((s, t) => s + t.population, 0)).toBe(d.population);
      expect(own.reduce((s, t) => s + t.childrenUnder3, 0)).toBe(d.childrenUnder3);
    }
    expect(new Set(data.townships.map((t) => t.populationNote))).toEqual(new Set([DEMO_ESTIMATE_NOTE]));
  });

  it('are the same whenever the data set is built', () => {
    expect(buildDemoData(new Date('2027-03-01T00:00:00Z')).townships).toEqual(data.townships);
  });
});

describe('the demo institutions’ townships', () => {
  it('place every institution in a township of its own district, the one its address names', () => {
    const byCode = new Map(data.townships.map((t) => [t.code, t]));
    for (const i of data.institutions) {
      const township = byCode.get(i.townshipCode);
      expect(township?.districtCode, i.name).toBe(i.districtCode);
      expect(i.address, i.name).toContain(township!.name);
    }
  });

  it('place the four provincial demonstration institutions of Jingzhou in their county’s seat', () => {
    const where = (name: string) => data.townships.find((t) => t.code === data.institutions.find((i) => i.name === name)?.townshipCode)?.name;
    expect(where('江陵县爱童母婴管理公司')).toBe('郝穴镇');
    expect(where('公安县梅园幼儿园示范性托育服务中心')).toBe('斗湖堤镇');
    expect(where('石首市实验幼儿园陈家湖园区')).toBe('绣林街道');
    expect(where('洪湖市爱思晨婴幼儿托育中心')).toBe('新堤街道');
  });
});
