import type { EntityManager } from '@mikro-orm/postgresql';
import { TargetKind } from './target.enums.js';
import { City } from '../geography/city.entity.js';
import { cityScopes, districtScope } from '../geography/geography.service.js';
import { figuresAt, type KnownFigures } from '../indicators/figure.service.js';
import { ratioPer1000 } from '../indicators/figure-rules.js';
import type { Scope } from '../geography/scope.js';
import { coverageAt, coveragePercent } from './coverage.service.js';
import { paceOf } from './pace.js';
import { CoverageUnit } from './target.enums.js';
import { thresholdsOfCities } from './pace-setting.service.js';
import { computeProgress, evaluationDate } from './progress.js';
import type { Target } from './target.entity.js';
import type { TargetView } from './target.type.js';

export interface ViewOptions {
  known?: KnownFigures;
  /** Scopes of the targets' cities the caller holds already. */
  scopes?: ReadonlyMap<number, Scope>;
  asOf?: Date;
}

/** The city a target counts in: its own, or its district's. */
export function cityIdOf(t: Target): number {
  return t.district ? t.district.city.id : t.city!.id;
}

/**
 * Targets (with `indicator` and `district` loaded) as the API shows them, each with its
 * progress, pace and, for COVERAGE, its townships covered: a fixed number of statements
 * however many targets (scopes, figures, coverage and the cities' thresholds, one each).
 */
export async function targetViews(em: EntityManager, targets: readonly Target[], today: string, options: ViewOptions = {}): Promise<TargetView[]> {
  if (targets.length === 0) return [];
  const cityIds = [...new Set(targets.filter((t) => t.city).map((t) => t.city!.id))];
  const missing = cityIds.filter((id) => !options.scopes?.has(id));
  const [readScopes, thresholds] = await Promise.all([
    missing.length === 0 ? new Map<number, Scope>() : em.find(City, { id: { $in: missing } }).then((cities) => cityScopes(em, cities)),
    thresholdsOfCities(em, targets.map(cityIdOf)),
  ]);
  const scopeOf = (t: Target): Scope => (t.district ? districtScope(t.district) : (options.scopes?.get(t.city!.id) ?? readScopes.get(t.city!.id)!));
  const isCoverage = (t: Target) => t.kind === TargetKind.COVERAGE;

  const [figures, coverage] = await Promise.all([
    figuresAt(
      em,
      targets.filter((t) => !isCoverage(t)).map((t) => ({ indicatorKey: t.indicator.key, scope: scopeOf(t), at: evaluationDate(t.deadline, today) })),
      today,
      options.known,
      options.asOf,
    ),
    coverageAt(em, targets.filter(isCoverage).map((t) => ({ scope: scopeOf(t), unit: t.coverageUnit ?? CoverageUnit.TOWNSHIP, at: evaluationDate(t.deadline, today) })), options.asOf),
  ]);

  let figureAt = 0;
  let coverageIndex = 0;
  return targets.map((t): TargetView => {
    const scope = scopeOf(t);
    const covered = isCoverage(t) ? coverage[coverageIndex++]! : null;
    const figure = covered ? null : (figures[figureAt++] ?? null);
    const current = covered ? coveragePercent(covered) : t.kind === TargetKind.PER_1000 ? ratioPer1000(figure, scope.population) : figure;
    const progress = computeProgress({ kind: t.kind, baseline: t.baseline, targetValue: t.targetValue, current, startsOn: t.startsOn, deadline: t.deadline, today });
    const unit = covered ? '%' : t.kind === TargetKind.PER_1000 ? `${t.indicator.unit}/千人` : t.indicator.unit;
    return {
      id: t.id,
      title: t.title,
      kind: t.kind,
      indicatorKey: t.indicator.key,
      unit,
      scopeCode: scope.code,
      startsOn: t.startsOn,
      deadline: t.deadline,
      baseline: t.baseline,
      targetValue: t.targetValue,
      currentValue: current,
      ...progress,
      ...paceOf(progress.progress, progress.expectedProgress, thresholds.get(cityIdOf(t))),
      coverage: covered,
      coverageUnit: t.coverageUnit,
      parentId: t.parent?.id ?? null,
      version: t.version,
    };
  });
}
