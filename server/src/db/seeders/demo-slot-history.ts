// Monthly childcare_slots history per district, from 2022-01 to the month before today.
// City totals are pinned at anchor months and split over districts; between anchors each
// district moves along the same uneven but steady path. The last history month of each district
// equals its live slot count (the sum over its open institutions).
import { apportion } from './apportion.js';
import { JINGZHOU_CODE, LIANYUNGANG_CODE } from './demo-areas.js';
import type { DemoDistrict, DemoIndicatorValue } from './demo-data.types.js';
import { addMonths, HISTORY_START, historyMonths, monthsBetween } from './periods.js';
import { between, rngFor } from './prng.js';

export const JINGZHOU_REPORT_NOTE = '荆州市2023年民生实事报道（2023-12-25）';
export const DEMO_NOTE = '演示数据 demo data';

interface Anchor {
  period: string;
  /** City total at the end of the month. */
  total: number;
  /** Whether the total is a reported figure (otherwise demo data). */
  real: boolean;
}

// Jingzhou: 2022-12 (11,966) and 2023-12 (14,826) are real, from the report; the split over
// districts is DEMO DATA, as are 2022-01 and the dip to 2025-12 (some closures).
const JINGZHOU_ANCHORS: readonly Anchor[] = [
  { period: HISTORY_START, total: 11_184, real: false },
  { period: '2022-12-01', total: 11_966, real: true },
  { period: '2023-12-01', total: 14_826, real: true },
  { period: '2025-12-01', total: 14_212, real: false },
];

// Lianyungang: all DEMO DATA, from about 3.0 slots per 1,000 residents in 2022-01 to 4.38 in 2025-12.
const LIANYUNGANG_ANCHORS: readonly Anchor[] = [
  { period: HISTORY_START, total: 13_800, real: false },
  { period: '2022-12-01', total: 15_250, real: false },
  { period: '2023-12-01', total: 17_100, real: false },
  { period: '2024-12-01', total: 18_900, real: false },
  { period: '2025-12-01', total: 20_148, real: false },
];

const ANCHORS_BY_CITY: Readonly<Record<string, readonly Anchor[]>> = {
  [JINGZHOU_CODE]: JINGZHOU_ANCHORS,
  [LIANYUNGANG_CODE]: LIANYUNGANG_ANCHORS,
};
const REAL_NOTE_BY_CITY: Readonly<Record<string, string>> = { [JINGZHOU_CODE]: JINGZHOU_REPORT_NOTE };

/** The first month `today` may be in: the month before it must lie after the last anchor. */
export const EARLIEST_TODAY = '2026-02-01';

/** Splits a city total over districts roughly as their live slots, with a little jitter. */
function districtValues(cityCode: string, anchor: Anchor, live: readonly number[]): number[] {
  const rng = rngFor('slot-anchor', cityCode, anchor.period);
  return apportion(anchor.total, live.map((slots) => slots * between(rng, 0.98, 1.02)));
}

/** Cumulative shares (0 < f1 < ... < fn = 1) of the change over n months, steps uneven. */
function stepFractions(cityCode: string, from: string, months: number): number[] {
  const rng = rngFor('slot-steps', cityCode, from);
  const steps = Array.from({ length: months }, () => between(rng, 0.5, 1.5));
  const total = steps.reduce((sum, s) => sum + s, 0);
  let done = 0;
  return steps.map((s, i) => {
    done += s;
    return i === months - 1 ? 1 : done / total;
  });
}

export function slotHistory(
  cityCode: string,
  districts: readonly DemoDistrict[],
  liveSlots: ReadonlyMap<string, number>,
  today: Date,
): DemoIndicatorValue[] {
  const anchors = ANCHORS_BY_CITY[cityCode];
  if (anchors === undefined) throw new RangeError(`no slot history for city ${cityCode}`);
  const inCity = districts.filter((d) => d.cityCode === cityCode);
  const live = inCity.map((d) => liveSlots.get(d.code) ?? 0);
  const lastMonth = historyMonths(today).at(-1);
  const lastAnchor = anchors.at(-1);
  if (lastMonth === undefined || lastAnchor === undefined || lastMonth <= lastAnchor.period) {
    throw new RangeError(`today must be in ${EARLIEST_TODAY.slice(0, 7)} or later`);
  }
  const points = [
    ...anchors.map((a) => ({ period: a.period, real: a.real, values: districtValues(cityCode, a, live) })),
    { period: lastMonth, real: false, values: live },
  ];
  const realNote = REAL_NOTE_BY_CITY[cityCode] ?? DEMO_NOTE;
  const rows: DemoIndicatorValue[] = [];
  const emit = (period: string, values: readonly number[], real: boolean): void => {
    inCity.forEach((d, i) => {
      rows.push({
        indicatorKey: 'childcare_slots',
        cityCode: null,
        districtCode: d.code,
        period,
        value: values[i] ?? 0,
        sourceNote: real ? realNote : DEMO_NOTE,
      });
    });
  };
  const first = points[0];
  if (first !== undefined) emit(first.period, first.values, first.real);
  for (let p = 1; p < points.length; p += 1) {
    const from = points[p - 1];
    const to = points[p];
    if (from === undefined || to === undefined) continue;
    const fractions = stepFractions(cityCode, from.period, monthsBetween(from.period, to.period));
    fractions.forEach((f, k) => {
      const isAnchor = k === fractions.length - 1;
      const values = isAnchor ? to.values : from.values.map((a, i) => Math.round(a + ((to.values[i] ?? 0) - a) * f));
      emit(addMonths(from.period, k + 1), values, isAnchor && to.real);
    });
  }
  return rows;
}
