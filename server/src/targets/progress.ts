import { daysBetween } from '../common/dates.js';
import { TargetKind } from './target.enums.js';

export interface ProgressInput {
  kind: TargetKind;
  baseline: number;
  targetValue: number;
  /** The figure at min(today, deadline); a per-1,000 ratio for PER_1000. */
  current: number | null;
  startsOn: string;
  deadline: string;
  today: string;
}

export interface Progress {
  /** Share of the way from the baseline to the target: 1 is met, above 1 exceeded. */
  progress: number | null;
  /** 序时进度: share of the target period elapsed by today, 0 to 1. */
  expectedProgress: number;
  onTrack: boolean | null;
}

/**
 * How far a target has come. INCREASE targets count the increase over the baseline
 * against the increase asked for (荆州 2023: (14,826 − 11,966) / 2,000 = 1.43); LEVEL and
 * PER_1000 targets count the way from the baseline to the level asked for.
 */
export function computeProgress(input: ProgressInput): Progress {
  const expectedProgress = elapsedShare(input.startsOn, input.deadline, input.today);
  if (input.current === null) return { progress: null, expectedProgress, onTrack: null };
  const gained = input.current - input.baseline;
  const asked = input.kind === TargetKind.INCREASE ? input.targetValue : input.targetValue - input.baseline;
  let progress: number;
  if (asked === 0) {
    progress = gained >= 0 ? 1 : 0;
  } else {
    progress = gained / asked;
  }
  // Round away binary noise (1.4300000000000002) without hiding real differences.
  progress = Math.round(progress * 1e6) / 1e6;
  return { progress, expectedProgress, onTrack: progress >= expectedProgress };
}

/** Share of [startsOn, deadline] (both days included) elapsed by the end of today. */
export function elapsedShare(startsOn: string, deadline: string, today: string): number {
  const total = daysBetween(startsOn, deadline) + 1;
  if (total <= 0) return 1;
  const elapsed = daysBetween(startsOn, today) + 1;
  return Math.min(1, Math.max(0, Math.round((elapsed / total) * 1e6) / 1e6));
}

/** The date a target's current figure is read at: today, or its deadline once passed. */
export function evaluationDate(deadline: string, today: string): string {
  return today < deadline ? today : deadline;
}
