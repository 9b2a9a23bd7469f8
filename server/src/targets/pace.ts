import { PaceStatus } from './target.enums.js';

/** Percentage points behind the expected progress from which a target is BEHIND, FAR_BEHIND. */
export interface PaceThresholds {
  behindFrom: number;
  farBehindFrom: number;
}

export const DEFAULT_PACE_THRESHOLDS: PaceThresholds = { behindFrom: 10, farBehindFrom: 30 };

export interface Pace {
  /** Percentage points behind 序时进度 (negative when ahead); null without a current figure. */
  gapPoints: number | null;
  pace: PaceStatus;
}

/**
 * A target's pace from its progress (1 = met) and the share of its period elapsed (0 to 1).
 * A met target is MET whatever the calendar says. A target without a current figure has
 * shown no progress yet: its gap is unknown, but its pace is judged as progress 0, so a
 * target nobody reports on turns amber and red as its period runs.
 */
export function paceOf(progress: number | null, expectedProgress: number, thresholds: PaceThresholds = DEFAULT_PACE_THRESHOLDS): Pace {
  if (progress !== null && progress >= 1) return { gapPoints: gap(progress, expectedProgress), pace: PaceStatus.MET };
  const points = gap(progress ?? 0, expectedProgress);
  const pace = points >= thresholds.farBehindFrom ? PaceStatus.FAR_BEHIND : points >= thresholds.behindFrom ? PaceStatus.BEHIND : PaceStatus.ON_PACE;
  return { gapPoints: progress === null ? null : points, pace };
}

/** Rounded to 0.01 points, away from binary noise. */
function gap(progress: number, expectedProgress: number): number {
  return Math.round((expectedProgress - progress) * 100 * 100) / 100;
}

/** Why a pair of thresholds is refused, or null when it is fine (0 < behind < far behind ≤ 100). */
export function thresholdsProblem(t: PaceThresholds): { field: 'behindFrom' | 'farBehindFrom'; message: string } | null {
  if (!(t.behindFrom > 0 && t.behindFrom <= 100)) return { field: 'behindFrom', message: '落后阈值须在 0 到 100 个百分点之间 / behindFrom must be above 0 and at most 100 points' };
  if (!(t.farBehindFrom > t.behindFrom && t.farBehindFrom <= 100)) {
    return { field: 'farBehindFrom', message: '严重落后阈值须大于落后阈值且不超过 100 / farBehindFrom must be above behindFrom and at most 100 points' };
  }
  return null;
}
