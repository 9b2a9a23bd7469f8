// Lianyungang 连云港市 childcare institutions and reported yearly figures.
// Real (report of 2023-02-23): 35 inclusive pilot institutions, 12 of them provincial pilots and
// 3 of them demonstration institutions; the municipal infant-care guidance centre (opened
// 2020-10, three age classes); vouchers, employer applicants and the tax deduction.
// DEMO DATA: everything else: the other institutions, all per-district splits, slots and dates.
import type { DemoDistrict, DemoIndicatorValue, DemoInstitution, DemoTownship, Ownership } from './demo-data.types.js';
import { DISTRICT_TOWNS, LIANYUNGANG_CODE } from './demo-areas.js';
import { buildDistrictInstitutions, type InstitutionSpec } from './demo-institution-builder.js';
import { chance, pickWeighted, rngFor } from './prng.js';

export const LIANYUNGANG_REPORT_NOTE = '连云港市“一老一小”民生报道（2023-02-23）';

type DistrictRow = readonly [
  code: string,
  provincialPilots: number,
  cityPilots: number,
  provincialDemonstrations: number,
  otherFiled: number,
  otherUnfiled: number,
  closed: number,
  openSlots: number,
];

// DEMO DATA: the split of the 35 pilots (12 provincial + 23 city) and 3 demonstration
// institutions over districts, the other institutions, and open slots (20,516 in all, about
// 4.46 per 1,000 residents). Counts include the guidance centre in 海州区.
const DISTRICT_ROWS: readonly DistrictRow[] = [
  ['320703', 1, 3, 0, 5, 3, 0, 1_230], // 连云区
  ['320706', 4, 5, 1, 15, 9, 1, 5_210], // 海州区
  ['320707', 2, 5, 1, 11, 7, 0, 4_060], // 赣榆区
  ['320722', 2, 4, 1, 11, 8, 1, 4_020], // 东海县
  ['320723', 2, 3, 0, 9, 7, 0, 3_316], // 灌云县
  ['320724', 1, 3, 0, 7, 5, 0, 2_680], // 灌南县
];

// Real: name, district, opening month, public, the three age classes (爬爬班/走走班/跳跳班).
// Its slots, enrolment, filing date and address are DEMO DATA; so is its level: the report says
// 3 of the pilots are demonstration institutions without naming them or their level, so this
// data set assumes PROVINCIAL demonstration and provincial pilot for this centre.
const GUIDANCE_CENTRE: DemoInstitution = {
  name: '连云港市妇幼保健院婴幼儿照护指导中心', districtCode: '320706', townshipCode: '320706010', ownership: 'PUBLIC', inclusive: true,
  filedOn: '2021-03-12', demonstrationLevel: 'PROVINCIAL', pilotLevel: 'PROVINCIAL', slots: 150, enrolled: 132,
  ageClasses: ['INFANT', 'TODDLER', 'PRESCHOOL'], address: '连云港市海州区新浦街道苍梧路12号',
  openedOn: '2020-10-01', closedOn: null,
};

// DEMO DATA: who runs the made-up institutions and when they opened.
const PILOT_OWNERSHIP: readonly (readonly [Ownership, number])[] = [
  ['PUBLIC', 2], ['COMMUNITY', 3], ['KINDERGARTEN', 2], ['EMPLOYER', 1], ['PRIVATE', 2],
];
const OTHER_OWNERSHIP: readonly (readonly [Ownership, number])[] = [
  ['PRIVATE', 7], ['KINDERGARTEN', 1], ['EMPLOYER', 1], ['COMMUNITY', 1],
];
const PILOT_OPENED = ['2018-06-01', '2022-09-30'] as const;
const PILOTS_FILED_BY = '2022-12-31';
const OTHER_OPENED = ['2018-06-01', '2025-10-31'] as const;
const OTHERS_FILED_BY = '2025-11-30';
const CLOSED_OPENED = ['2018-01-01', '2021-12-31'] as const;
const CLOSED_ON = ['2024-01-01', '2025-11-30'] as const;

/** DEMO DATA: the made-up institutions of one Lianyungang district. */
function districtSpecs(row: DistrictRow, fixed: readonly DemoInstitution[]): InstitutionSpec[] {
  const [code, provincialPilots, cityPilots, provincialDemos, otherFiled, otherUnfiled, closed] = row;
  const rng = rngFor('lianyungang-specs', code);
  const fixedProvincialPilots = fixed.filter((i) => i.pilotLevel === 'PROVINCIAL').length;
  const fixedProvincialDemos = fixed.filter((i) => i.demonstrationLevel === 'PROVINCIAL').length;
  const specs: InstitutionSpec[] = [];
  const pilot = (pilotLevel: 'PROVINCIAL' | 'CITY', provincialDemo: boolean): InstitutionSpec => ({
    ownership: pickWeighted(rng, PILOT_OWNERSHIP),
    inclusive: true,
    demonstrationLevel: provincialDemo ? 'PROVINCIAL' : chance(rng, 0.2) ? 'CITY' : 'NONE',
    pilotLevel,
    opened: PILOT_OPENED,
    filedBy: PILOTS_FILED_BY,
    closed: null,
  });
  for (let i = 0; i < provincialPilots - fixedProvincialPilots; i += 1) {
    specs.push(pilot('PROVINCIAL', i < provincialDemos - fixedProvincialDemos));
  }
  for (let i = 0; i < cityPilots; i += 1) specs.push(pilot('CITY', false));
  const other = (filedBy: string | null, isClosed: boolean): InstitutionSpec => ({
    ownership: pickWeighted(rng, OTHER_OWNERSHIP),
    inclusive: false,
    demonstrationLevel: 'NONE',
    pilotLevel: 'NONE',
    opened: isClosed ? CLOSED_OPENED : OTHER_OPENED,
    filedBy,
    closed: isClosed ? CLOSED_ON : null,
  });
  for (let i = 0; i < otherFiled; i += 1) specs.push(other(OTHERS_FILED_BY, false));
  for (let i = 0; i < otherUnfiled; i += 1) specs.push(other(null, false));
  for (let i = 0; i < closed; i += 1) specs.push(other(null, true));
  return specs;
}

export function lianyungangInstitutions(districts: readonly DemoDistrict[], townships: readonly DemoTownship[]): DemoInstitution[] {
  return DISTRICT_ROWS.flatMap((row) => {
    const [code, , , , , , , openSlots] = row;
    const district = districts.find((d) => d.code === code);
    if (district === undefined) throw new RangeError(`unknown Lianyungang district ${code}`);
    const fixed = GUIDANCE_CENTRE.districtCode === code ? [GUIDANCE_CENTRE] : [];
    return buildDistrictInstitutions({
      cityName: '连云港市',
      district,
      towns: DISTRICT_TOWNS[code] ?? [],
      townships,
      fixed,
      specs: districtSpecs(row, fixed),
      openSlots,
    });
  });
}

/** Real city-level figures for 2022 from the report (values in the indicators' units). */
export function lianyungangReportedValues(): DemoIndicatorValue[] {
  const reported: readonly (readonly [key: string, value: number])[] = [
    ['childcare_vouchers', 100], // 1,000,000 yuan = 100 万元
    ['employer_subsidy_applicants', 19],
    ['under3_tax_deduction', 498], // 4.98 million yuan = 498 万元
  ];
  return reported.map(([indicatorKey, value]) => ({
    indicatorKey,
    cityCode: LIANYUNGANG_CODE,
    districtCode: null,
    period: '2022-01-01',
    value,
    sourceNote: LIANYUNGANG_REPORT_NOTE,
  }));
}
