/** Small, plausible wall data for the panels' tests (demo figures, not the real data set). */
import type { WallDistrict, WallIndicator, WallOverview, WallTarget } from '../graphql/types';

export function district(overrides: Partial<WallDistrict> & Pick<WallDistrict, 'name' | 'nameEn'>): WallDistrict {
  return {
    code: '421002',
    kind: 'DISTRICT',
    population: 600_000,
    slots: 2_460,
    enrolled: 1_900,
    institutionCount: 12,
    filedInstitutionCount: 6,
    inclusiveInstitutionCount: 4,
    slotsPer1000: 4.1,
    elderlyCareBeds: 4_200,
    bedsPer1000Elderly: 31.6,
    ...overrides,
  };
}

export function target(overrides: Partial<WallTarget> = {}): WallTarget {
  return {
    id: '1',
    title: '2023年新增托位2000个',
    kind: 'INCREASE',
    indicatorKey: 'childcare_slots',
    unit: '个',
    deadline: '2023-12-31',
    baseline: 11_966,
    targetValue: 2_000,
    currentValue: 2_860,
    progress: 1.43,
    expectedProgress: 1,
    onTrack: true,
    ...overrides,
  };
}

export function indicator(overrides: Partial<WallIndicator> = {}): WallIndicator {
  return {
    key: 'childcare_slots',
    nameZh: '托位数',
    nameEn: 'Childcare slots',
    category: 'YOUNG',
    unit: '个',
    higherIsBetter: true,
    value: 14_826,
    yearAgoValue: 11_966,
    frequency: 'MONTHLY',
    period: '2026-12-01',
    live: true,
    ...overrides,
  };
}

export const shashi = district({ code: '421002', name: '沙市区', nameEn: 'Shashi District', slots: 2_460, slotsPer1000: 4.1 });
export const jianli = district({ code: '421088', name: '监利市', nameEn: 'Jianli City', kind: 'COUNTY_CITY', slots: 3_120, slotsPer1000: 3.125 });
/** The one district without a per-1,000 rate. */
export const jingzhouDistrict = district({ code: '421003', name: '荆州区', nameEn: 'Jingzhou District', slots: 1_200, slotsPer1000: null });

/** A city of three districts (沙市区, 监利市, 荆州区), one 2023 slots target and one indicator. */
export function overview(overrides: Partial<WallOverview> = {}): WallOverview {
  return {
    code: '421000',
    name: '荆州市',
    nameEn: 'Jingzhou',
    population: 5_230_000,
    childrenUnder3: 112_000,
    residents60Plus: 1_150_000,
    slots: 14_826,
    slotsYearAgo: 11_966,
    slotsChange: 2_860,
    enrolled: 10_400,
    institutionCount: 160,
    filedInstitutionCount: 52,
    inclusiveInstitutionCount: 35,
    slotsPer1000: 2.834,
    elderlyCareBeds: 36_800,
    bedsPer1000Elderly: 32.0,
    districts: [shashi, jianli, jingzhouDistrict],
    targets: [target()],
    indicators: [indicator()],
    lastChangedAt: '2026-05-12T01:41:07Z',
    generatedAt: '2026-05-12T01:41:08Z',
    ...overrides,
  };
}
