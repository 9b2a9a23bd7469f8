import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Township } from './township.entity.js';
import { townshipsOfDistricts } from './township.service.js';

/** Per-request batch loaders of townships (merged into loaders.ts). */
export interface TownshipLoaders {
  township: DataLoader<number, Township>;
  townshipsOfDistrict: DataLoader<number, Township[]>;
}

export function createTownshipLoaders(em: EntityManager): TownshipLoaders {
  return {
    township: new DataLoader(async (ids) => {
      const rows = await em.find(Township, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? new Error(`Township ${id} not found`));
    }),
    townshipsOfDistrict: new DataLoader(async (districtIds) => {
      const townships = await townshipsOfDistricts(em, districtIds);
      return districtIds.map((id) => townships.filter((t) => t.district.id === id));
    }),
  };
}
