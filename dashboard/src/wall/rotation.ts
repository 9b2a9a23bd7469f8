/** What a rotating screen shows at a moment: a city, and maybe one of its districts in focus. */
export interface View {
  city: string;
  district: string | null;
}

/**
 * The views a screen cycles through: each city in turn, and with districts, after each city
 * every district of it (the districts are known only for the city on screen, so a city's
 * districts join the cycle once its overview has arrived).
 */
export function rotationPlan(cities: readonly string[], districtsOf: (city: string) => readonly string[] | undefined, withDistricts: boolean): View[] {
  return cities.flatMap((city) => [
    { city, district: null },
    ...(withDistricts ? (districtsOf(city) ?? []).map((district) => ({ city, district })) : []),
  ]);
}

/** The view `elapsedSeconds` into the cycle, each shown for `every` seconds. */
export function viewAt(plan: readonly View[], elapsedSeconds: number, every: number): View | undefined {
  if (plan.length === 0) return undefined;
  const index = Math.floor(Math.max(0, elapsedSeconds) / every) % plan.length;
  return plan[index];
}
