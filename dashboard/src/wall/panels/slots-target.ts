/** Which childcare-slots target the wall holds the city to, when it has several. */
import type { TargetKind, WallTarget } from '../graphql/types';

export const SLOTS_INDICATOR = 'childcare_slots';

/**
 * The slots target (optionally of one kind) with the latest deadline; the first such in the
 * API's order on a tie. Deadlines are ISO dates, so they compare as strings.
 */
export function latestSlotsTarget(targets: readonly WallTarget[], kind?: TargetKind): WallTarget | null {
  let latest: WallTarget | null = null;
  for (const t of targets) {
    if (t.indicatorKey !== SLOTS_INDICATOR || (kind !== undefined && t.kind !== kind)) continue;
    if (latest === null || t.deadline > latest.deadline) latest = t;
  }
  return latest;
}
