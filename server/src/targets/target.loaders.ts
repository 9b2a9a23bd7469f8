import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Target } from './target.entity.js';
import type { TargetView } from './target.type.js';
import { targetViews } from './target-views.service.js';
import { thresholdsOfCities, type CityPaceThresholds } from './pace-setting.service.js';

/** Per-request batch loaders of targets read one by one or per district (merged into loaders.ts). */
export interface TargetLoaders {
  target: DataLoader<number, TargetView | null>;
  /** A city target's district parts, by district code. */
  targetParts: DataLoader<number, TargetView[]>;
  /** A district's own targets and its parts of its city's targets. */
  targetsOfDistrict: DataLoader<number, TargetView[]>;
  paceThresholds: DataLoader<number, CityPaceThresholds>;
}

const POPULATE = ['indicator', 'district'] as const;

export function createTargetLoaders(em: EntityManager, today: string): TargetLoaders {
  return {
    paceThresholds: new DataLoader(async (cityIds) => {
      const found = await thresholdsOfCities(em, cityIds);
      return cityIds.map((id) => found.get(id)!);
    }),
    target: new DataLoader(async (ids) => {
      const targets = await em.find(Target, { id: { $in: [...ids] } }, { populate: POPULATE });
      const views = await targetViews(em, targets, today);
      return ids.map((id) => views.find((v) => v.id === id) ?? null);
    }),
    targetParts: new DataLoader(async (parentIds) => {
      const parts = await em.find(Target, { parent: { $in: [...parentIds] } }, { populate: POPULATE, orderBy: { district: { code: 'asc' }, id: 'asc' } });
      const views = await targetViews(em, parts, today);
      return parentIds.map((id) => views.filter((_, i) => parts[i]!.parent!.id === id));
    }),
    targetsOfDistrict: new DataLoader(async (districtIds) => {
      const targets = await em.find(Target, { district: { $in: [...districtIds] } }, { populate: POPULATE, orderBy: { deadline: 'desc', id: 'asc' } });
      const views = await targetViews(em, targets, today);
      return districtIds.map((id) => views.filter((_, i) => targets[i]!.district!.id === id));
    }),
  };
}
