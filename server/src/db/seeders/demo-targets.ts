// Targets. 1, 2 and 6 are real (the cities' reported goals); 3, 4 and 5 are DEMO DATA, and so is
// the split of 1 into districts (demo-target-parts.ts). Baselines are read from the history (or
// the institutions) so they always match the data set.
import { JINGZHOU_CODE, LIANYUNGANG_CODE } from './demo-areas.js';
import type { DemoDistrict, DemoIndicatorValue, DemoInstitution, DemoTarget, DemoTownship } from './demo-data.types.js';
import { jingzhou2023Parts, townshipCoverage } from './demo-target-parts.js';

/** Sum of a district-level indicator over a city's districts for one period; throws if missing. */
export function citySum(
  values: readonly DemoIndicatorValue[],
  districts: readonly DemoDistrict[],
  indicatorKey: string,
  cityCode: string,
  period: string,
): number {
  const codes = new Set(districts.filter((d) => d.cityCode === cityCode).map((d) => d.code));
  const rows = values.filter(
    (v) => v.indicatorKey === indicatorKey && v.period === period && v.districtCode !== null && codes.has(v.districtCode),
  );
  if (rows.length !== codes.size) throw new RangeError(`${indicatorKey} for ${cityCode} at ${period} is incomplete`);
  return rows.reduce((sum, v) => sum + v.value, 0);
}

function cityTotal(districts: readonly DemoDistrict[], cityCode: string, field: 'population' | 'residents60Plus'): number {
  return districts.filter((d) => d.cityCode === cityCode).reduce((sum, d) => sum + d[field], 0);
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function buildTargets(
  values: readonly DemoIndicatorValue[],
  districts: readonly DemoDistrict[],
  townships: readonly DemoTownship[] = [],
  institutions: readonly DemoInstitution[] = [],
): DemoTarget[] {
  const city = (cityCode: string) => ({ cityCode, districtCode: null });
  const lianyungangSlots2022 = citySum(values, districts, 'childcare_slots', LIANYUNGANG_CODE, '2022-12-01');
  const lianyungangBeds = citySum(values, districts, 'elderly_care_beds', LIANYUNGANG_CODE, '2025-10-01');
  return [
    // Real: Jingzhou's 2023 livelihood project (report of 2023-12-25).
    {
      ...city(JINGZHOU_CODE), indicatorKey: 'childcare_slots', title: '2023年新增托位2000个', kind: 'INCREASE',
      startsOn: '2023-01-01', deadline: '2023-12-31', baseline: 11_966, targetValue: 2_000,
      parts: jingzhou2023Parts(values, districts, '2023年新增托位2000个'),
    },
    // Real goal (report of 2023-02-23); the baseline comes from the demo history.
    {
      ...city(LIANYUNGANG_CODE), indicatorKey: 'childcare_slots', title: '2025年每千人口托位数达到4.5个', kind: 'PER_1000',
      startsOn: '2023-01-01', deadline: '2025-12-31',
      baseline: round((lianyungangSlots2022 / cityTotal(districts, LIANYUNGANG_CODE, 'population')) * 1000, 2), targetValue: 4.5,
    },
    // DEMO DATA target.
    {
      ...city(JINGZHOU_CODE), indicatorKey: 'childcare_slots', title: '2026年新增普惠托位800个', kind: 'INCREASE',
      startsOn: '2026-01-01', deadline: '2026-12-31',
      baseline: citySum(values, districts, 'childcare_slots', JINGZHOU_CODE, '2025-12-01'), targetValue: 800,
    },
    // DEMO DATA target.
    {
      ...city(JINGZHOU_CODE), indicatorKey: 'meal_assistance_points', title: '2026年新增老年助餐点100个', kind: 'INCREASE',
      startsOn: '2026-01-01', deadline: '2026-12-31',
      baseline: citySum(values, districts, 'meal_assistance_points', JINGZHOU_CODE, '2025-10-01'), targetValue: 100,
    },
    // DEMO DATA target.
    {
      ...city(LIANYUNGANG_CODE), indicatorKey: 'beds_per_1000_elderly', title: '2026年每千名老年人养老床位达到40张', kind: 'LEVEL',
      startsOn: '2026-01-01', deadline: '2026-12-31',
      baseline: round((lianyungangBeds / cityTotal(districts, LIANYUNGANG_CODE, 'residents60Plus')) * 1000, 1), targetValue: 40,
    },
    // Real goal (report of 2023-02-23): every township an inclusive institution by 2025; the
    // baseline is the demo institutions' coverage at the end of 2022.
    ...(townships.length === 0 ? [] : [{
      ...city(LIANYUNGANG_CODE), indicatorKey: 'inclusive_institutions', title: '2025年普惠托育服务乡镇（街道）全覆盖', kind: 'COVERAGE' as const,
      coverageUnit: 'TOWNSHIP' as const, startsOn: '2023-01-01', deadline: '2025-12-31',
      baseline: townshipCoverage(townships, institutions, '3207', '2022-12-31'), targetValue: 100,
    }]),
  ];
}
