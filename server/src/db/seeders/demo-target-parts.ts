// Jingzhou's 2023 target of 2,000 new slots split into its eight districts, and Lianyungang's
// 2025 township coverage target.
// Real: the 2,000 (report of 2023-12-25) and Lianyungang's goal that every township has an
// inclusive institution by 2025 (report of 2023-02-23).
// DEMO DATA: the split (no district figures were published), chosen against the demo slot
// history so that, judged at the deadline, most districts met their part, 江陵县 nearly did
// (ON_PACE), 石首市 fell behind (BEHIND) and 松滋市 far behind (FAR_BEHIND); and the coverage
// baseline, counted from the demo institutions.
import { COVERAGE_KINDS } from '../../geography/township.enums.js';
import type { DemoDistrict, DemoIndicatorValue, DemoInstitution, DemoTargetPart, DemoTownship } from './demo-data.types.js';

export const JINGZHOU_2023_SPLIT: Readonly<Record<string, number>> = {
  '421002': 250, // 沙市区
  '421003': 220, // 荆州区
  '421022': 250, // 公安县
  '421024': 215, // 江陵县
  '421081': 270, // 石首市
  '421083': 230, // 洪湖市
  '421087': 400, // 松滋市
  '421088': 165, // 监利市
};

/** The parts, each with its district's slots at the end of 2022 as its baseline. */
export function jingzhou2023Parts(values: readonly DemoIndicatorValue[], districts: readonly DemoDistrict[], title: string): DemoTargetPart[] {
  return Object.entries(JINGZHOU_2023_SPLIT).map(([districtCode, targetValue]) => {
    const district = districts.find((d) => d.code === districtCode);
    const baseline = values.find((v) => v.indicatorKey === 'childcare_slots' && v.districtCode === districtCode && v.period === '2022-12-01')?.value;
    if (!district || baseline === undefined) throw new RangeError(`no 2022 slots for district ${districtCode}`);
    return { districtCode, title: `${district.name}：${title}（演示分解）`, baseline, targetValue };
  });
}

/** Percent of a city's counted townships with an inclusive institution open on `day`. */
export function townshipCoverage(townships: readonly DemoTownship[], institutions: readonly DemoInstitution[], cityPrefix: string, day: string): number {
  const counted = townships.filter((t) => t.code.startsWith(cityPrefix) && COVERAGE_KINDS.includes(t.kind));
  const covered = counted.filter((t) =>
    institutions.some((i) => i.townshipCode === t.code && i.inclusive && i.openedOn <= day && (i.closedOn === null || i.closedOn > day)),
  );
  return Math.round((covered.length / counted.length) * 100 * 100) / 100;
}
