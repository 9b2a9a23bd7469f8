/**
 * The CareBoard demo data set, built by a pure function of `today`.
 *
 * REAL figures: those of two 2023 local news reports, on Jingzhou
 * (荆州市2023年民生实事报道, 2023-12-25) and Lianyungang (连云港市“一老一小”民生报道, 2023-02-23),
 * and the cities' populations from the 2020 census.
 * Everything else is DEMO DATA, made up plausibly and consistent with those figures; each
 * made-up block is marked as demo data where it is defined. Randomness comes from a seeded
 * generator (prng.ts), so the same `today` always gives the same data set.
 */
import { demoCities, demoDistricts, JINGZHOU_CODE, LIANYUNGANG_CODE } from './demo-areas.js';
import type { DemoData, DemoInstitution } from './demo-data.types.js';
import { elderlyHistory } from './demo-elderly-history.js';
import { demoIndicators } from './demo-indicators.js';
import { jingzhouInstitutions } from './demo-jingzhou.js';
import { lianyungangInstitutions, lianyungangReportedValues } from './demo-lianyungang.js';
import { EARLIEST_TODAY, slotHistory } from './demo-slot-history.js';
import { buildTargets } from './demo-targets.js';
import { toIsoDate } from './periods.js';
import { demoTownships } from './demo-townships.js';

export { historyMonths, historyQuarters } from './periods.js';
export { citySum } from './demo-targets.js';
export { EARLIEST_TODAY } from './demo-slot-history.js';

/** Live slot count per district: the sum of slots over its open institutions. */
export function openSlotsByDistrict(institutions: readonly DemoInstitution[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const i of institutions) {
    if (i.closedOn === null) sums.set(i.districtCode, (sums.get(i.districtCode) ?? 0) + i.slots);
  }
  return sums;
}

/** Builds the data set as of `today` (read in UTC); `today` must be in 2026-02 or later. */
export function buildDemoData(today: Date): DemoData {
  if (Number.isNaN(today.getTime()) || toIsoDate(today) < EARLIEST_TODAY) {
    throw new RangeError(`the demo data needs today in ${EARLIEST_TODAY.slice(0, 7)} or later`);
  }
  const cities = demoCities();
  const districts = demoDistricts();
  const townships = demoTownships(districts);
  const institutions = [...jingzhouInstitutions(districts, townships), ...lianyungangInstitutions(districts, townships)];
  const live = openSlotsByDistrict(institutions);
  const indicatorValues = [
    ...slotHistory(JINGZHOU_CODE, districts, live, today),
    ...slotHistory(LIANYUNGANG_CODE, districts, live, today),
    ...lianyungangReportedValues(),
    ...elderlyHistory(districts, today),
  ];
  return {
    cities,
    districts,
    townships,
    institutions,
    indicators: demoIndicators(),
    indicatorValues,
    targets: buildTargets(indicatorValues, districts, townships, institutions),
  };
}
