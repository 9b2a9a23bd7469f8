import { changedFields } from '../institutions/institution-form';
import { readFigure } from '../indicators/period';
import type { Target } from '../graphql/types';

/** The fields of a target that updateTarget changes, in the form's order. */
export const TARGET_FIELDS = ['title', 'startsOn', 'deadline', 'baseline', 'targetValue'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type TargetValues = Pick<Target, TargetField>;

/** The form's text for each field. */
export type TargetDraft = Record<TargetField, string>;

export function targetValues(t: TargetValues): TargetValues {
  return { title: t.title, startsOn: t.startsOn, deadline: t.deadline, baseline: t.baseline, targetValue: t.targetValue };
}

export function targetDraft(t: TargetValues): TargetDraft {
  return { title: t.title, startsOn: t.startsOn, deadline: t.deadline, baseline: String(t.baseline), targetValue: String(t.targetValue) };
}

/** The draft's values, or what keeps a field from being sent ('required', 'number'). */
export function readTargetDraft(draft: TargetDraft): { values: TargetValues; problems: Partial<Record<TargetField, 'required' | 'number'>> } {
  const problems: Partial<Record<TargetField, 'required' | 'number'>> = {};
  const baseline = readFigure(draft.baseline);
  const targetValue = readFigure(draft.targetValue);
  if (typeof baseline === 'string') problems.baseline = baseline;
  if (typeof targetValue === 'string') problems.targetValue = targetValue;
  for (const field of ['title', 'startsOn', 'deadline'] as const) if (draft[field].trim() === '') problems[field] = 'required';
  return {
    values: {
      title: draft.title.trim(),
      startsOn: draft.startsOn,
      deadline: draft.deadline,
      baseline: typeof baseline === 'number' ? baseline : Number.NaN,
      targetValue: typeof targetValue === 'number' ? targetValue : Number.NaN,
    },
    problems,
  };
}

/** Only what changed, as updateTarget's patch. */
export function targetPatch(base: TargetValues, mine: TargetValues): Partial<TargetValues> {
  return Object.fromEntries(changedFields(TARGET_FIELDS, base, mine).map((field) => [field, mine[field]]));
}

/** A CONFLICT's snapshot of a target (the audit snapshot: same field names, and more). */
export function targetValuesOfSnapshot(current: Record<string, unknown>): TargetValues {
  return targetValues(current as unknown as TargetValues);
}
