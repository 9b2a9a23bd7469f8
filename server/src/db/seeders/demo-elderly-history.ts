// DEMO DATA: quarterly elderly-care figures per district (beds, community home-care centres,
// meal-assistance points), from 2022-01-01 to the last complete quarter before today. The
// reports give no elderly-care figures; these are made up, slowly rising, with beds around 30-40
// per 1,000 residents aged 60+ and meal-assistance points growing faster from 2026.
import { DEMO_NOTE } from './demo-slot-history.js';
import { JINGZHOU_CODE, LIANYUNGANG_CODE } from './demo-areas.js';
import type { DemoDistrict, DemoIndicatorValue } from './demo-data.types.js';
import { historyQuarters } from './periods.js';
import { between, chance, intBetween, rngFor } from './prng.js';

/** Beds per 1,000 residents aged 60+ in 2022-01: the range each district's start is drawn from. */
const START_BED_RATE: Readonly<Record<string, readonly [number, number]>> = {
  [JINGZHOU_CODE]: [30, 32.5],
  [LIANYUNGANG_CODE]: [32.5, 34.5],
};

function row(indicatorKey: string, districtCode: string, period: string, value: number): DemoIndicatorValue {
  return { indicatorKey, cityCode: null, districtCode, period, value, sourceNote: DEMO_NOTE };
}

function districtHistory(district: DemoDistrict, quarters: readonly string[]): DemoIndicatorValue[] {
  const startRate = START_BED_RATE[district.cityCode];
  if (startRate === undefined) throw new RangeError(`no elderly-care figures for city ${district.cityCode}`);
  const rng = rngFor('elderly', district.code);
  const elderly = district.residents60Plus;
  let bedRate = between(rng, startRate[0], startRate[1]);
  let centres = Math.round(elderly / 9_000);
  let mealPoints = Math.round(elderly / 5_000);
  const rows: DemoIndicatorValue[] = [];
  quarters.forEach((quarter, q) => {
    // Draw the same number of values every quarter, so earlier quarters never depend on today.
    const bedStep = between(rng, 0.12, 0.32);
    const newCentre = chance(rng, 0.35);
    const newMealPoints = quarter >= '2026-01-01' ? intBetween(rng, 2, 5) : intBetween(rng, 0, 2);
    if (q > 0) {
      bedRate += bedStep;
      centres += newCentre ? 1 : 0;
      mealPoints += newMealPoints;
    }
    rows.push(
      row('elderly_care_beds', district.code, quarter, Math.round((elderly * bedRate) / 1000)),
      row('community_care_centres', district.code, quarter, centres),
      row('meal_assistance_points', district.code, quarter, mealPoints),
    );
  });
  return rows;
}

export function elderlyHistory(districts: readonly DemoDistrict[], today: Date): DemoIndicatorValue[] {
  const quarters = historyQuarters(today);
  return districts.flatMap((d) => districtHistory(d, quarters));
}
