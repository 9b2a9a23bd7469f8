// Jingzhou 荆州市 childcare institutions.
// Real (report of 2023-12-25): 14,826 slots in all, 52 filed institutions as of 2023-11-30 and
// their split by district, and the names of the four provincial demonstration institutions.
// DEMO DATA: everything else: the institutions' details (including the addresses, slots and
// dates of the four real ones), the unfiled and closed institutions, the per-district slots.
import type { DemoDistrict, DemoTownship, DemoInstitution, Ownership } from './demo-data.types.js';
import { DISTRICT_TOWNS } from './demo-areas.js';
import { buildDistrictInstitutions, type InstitutionSpec } from './demo-institution-builder.js';
import { chance, pickWeighted, rngFor } from './prng.js';

/** Filings counted by the report were made on or before this day. */
export const JINGZHOU_FILED_BY = '2023-11-30';

type DistrictRow = readonly [
  code: string,
  filed: number,
  unfiled: number,
  closedFiled: number,
  closedUnfiled: number,
  openSlots: number,
];

// filed = open filed institutions (real counts); the rest DEMO DATA. openSlots adds up to 14,826.
const DISTRICT_ROWS: readonly DistrictRow[] = [
  ['421002', 6, 10, 1, 0, 2_460], // 沙市区
  ['421003', 1, 9, 0, 0, 1_520], // 荆州区
  ['421022', 7, 7, 0, 0, 2_010], // 公安县
  ['421024', 11, 1, 0, 0, 1_130], // 江陵县
  ['421081', 3, 6, 0, 0, 1_240], // 石首市
  ['421083', 8, 5, 0, 0, 1_890], // 洪湖市
  ['421087', 3, 8, 0, 0, 1_620], // 松滋市
  ['421088', 13, 6, 0, 1, 2_956], // 监利市
];

// The four provincial demonstration institutions: names and districts real; ownership of the
// Gongan centre (kindergarten-run, children from about 2) from the report; other details DEMO DATA,
// including the town each sits in: its county's seat (郝穴镇, 斗湖堤镇, 绣林街道, 新堤街道).
const PROVINCIAL_DEMONSTRATIONS: readonly DemoInstitution[] = [
  {
    name: '江陵县爱童母婴管理公司', districtCode: '421024', townshipCode: '421024106', ownership: 'PRIVATE', inclusive: true,
    filedOn: '2021-08-16', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'NONE', slots: 150, enrolled: 128,
    ageClasses: ['INFANT', 'TODDLER', 'PRESCHOOL'], address: '荆州市江陵县郝穴镇建设路36号',
    openedOn: '2019-04-20', closedOn: null,
  },
  {
    name: '公安县梅园幼儿园示范性托育服务中心', districtCode: '421022', townshipCode: '421022101', ownership: 'KINDERGARTEN', inclusive: true,
    filedOn: '2022-03-08', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'NONE', slots: 120, enrolled: 104,
    ageClasses: ['PRESCHOOL'], address: '荆州市公安县斗湖堤镇梅园路18号',
    openedOn: '2021-09-01', closedOn: null,
  },
  {
    name: '石首市实验幼儿园陈家湖园区', districtCode: '421081', townshipCode: '421081001', ownership: 'KINDERGARTEN', inclusive: true,
    filedOn: '2022-05-20', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'NONE', slots: 90, enrolled: 76,
    ageClasses: ['TODDLER', 'PRESCHOOL'], address: '荆州市石首市绣林街道陈家湖路9号',
    openedOn: '2020-09-01', closedOn: null,
  },
  {
    name: '洪湖市爱思晨婴幼儿托育中心', districtCode: '421083', townshipCode: '421083001', ownership: 'PRIVATE', inclusive: true,
    filedOn: '2021-11-02', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'NONE', slots: 160, enrolled: 131,
    ageClasses: ['INFANT', 'TODDLER', 'PRESCHOOL'], address: '荆州市洪湖市新堤街道文化路52号',
    openedOn: '2020-03-15', closedOn: null,
  },
];

// DEMO DATA: how the made-up institutions are run.
const FILED_OWNERSHIP: readonly (readonly [Ownership, number])[] = [
  ['PRIVATE', 5], ['KINDERGARTEN', 2], ['COMMUNITY', 2], ['EMPLOYER', 1],
];
const UNFILED_OWNERSHIP: readonly (readonly [Ownership, number])[] = [
  ['PRIVATE', 6], ['KINDERGARTEN', 1], ['COMMUNITY', 1], ['EMPLOYER', 1],
];
const FILED_OPENED = ['2018-03-01', '2023-06-30'] as const;
const UNFILED_OPENED = ['2019-01-01', '2025-10-31'] as const;
const CLOSED_OPENED = ['2018-01-01', '2021-12-31'] as const;
const CLOSED_ON = ['2024-01-01', '2025-11-30'] as const;

/** DEMO DATA: the made-up institutions of one Jingzhou district. */
function districtSpecs(row: DistrictRow, fixedCount: number): InstitutionSpec[] {
  const [code, filed, unfiled, closedFiled, closedUnfiled] = row;
  const rng = rngFor('jingzhou-specs', code);
  const base = { demonstrationLevel: 'NONE', pilotLevel: 'NONE', closed: null } as const;
  const specs: InstitutionSpec[] = [
    // Every district's maternal and child health hospital runs a filed, inclusive centre.
    { ...base, ownership: 'PUBLIC', inclusive: true, opened: FILED_OPENED, filedBy: JINGZHOU_FILED_BY },
  ];
  for (let i = 0; i < filed - fixedCount - 1; i += 1) {
    const ownership = pickWeighted(rng, FILED_OWNERSHIP);
    const inclusive = chance(rng, ownership === 'PRIVATE' ? 0.25 : 0.6);
    const demonstrationLevel = chance(rng, 0.12) ? 'CITY' : 'NONE';
    specs.push({ ...base, ownership, inclusive, demonstrationLevel, opened: FILED_OPENED, filedBy: JINGZHOU_FILED_BY });
  }
  for (let i = 0; i < unfiled; i += 1) {
    specs.push({ ...base, ownership: pickWeighted(rng, UNFILED_OWNERSHIP), inclusive: false, opened: UNFILED_OPENED, filedBy: null });
  }
  for (let i = 0; i < closedFiled + closedUnfiled; i += 1) {
    const filedBy = i < closedFiled ? JINGZHOU_FILED_BY : null;
    specs.push({ ...base, ownership: 'PRIVATE', inclusive: false, opened: CLOSED_OPENED, filedBy, closed: CLOSED_ON });
  }
  return specs;
}

export function jingzhouInstitutions(districts: readonly DemoDistrict[], townships: readonly DemoTownship[]): DemoInstitution[] {
  return DISTRICT_ROWS.flatMap((row) => {
    const [code, , , , , openSlots] = row;
    const district = districts.find((d) => d.code === code);
    if (district === undefined) throw new RangeError(`unknown Jingzhou district ${code}`);
    const fixed = PROVINCIAL_DEMONSTRATIONS.filter((i) => i.districtCode === code);
    return buildDistrictInstitutions({
      cityName: '荆州市',
      district,
      towns: DISTRICT_TOWNS[code] ?? [],
      townships,
      fixed,
      specs: districtSpecs(row, fixed.length),
      openSlots,
    });
  });
}
