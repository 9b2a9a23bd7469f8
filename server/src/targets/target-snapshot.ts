import type { Target } from './target.entity.js';

/** The editable state of a target, as the audit trail keeps it (and as-of reads it back). */
export function targetSnapshot(t: Target): Record<string, unknown> {
  return {
    title: t.title, kind: t.kind, coverageUnit: t.coverageUnit, indicatorId: t.indicator.id, cityId: t.city?.id ?? null, districtId: t.district?.id ?? null, parentId: t.parent?.id ?? null,
    startsOn: t.startsOn, deadline: t.deadline, baseline: t.baseline, targetValue: t.targetValue, version: t.version,
  };
}
