import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../common/errors.js';
import { Township } from './township.entity.js';

export function townshipByCode(em: EntityManager, code: string): Promise<Township | null> {
  return em.findOne(Township, { code });
}

/** The townships of many districts, by code, in one statement. */
export function townshipsOfDistricts(em: EntityManager, districtIds: readonly number[]): Promise<Township[]> {
  if (districtIds.length === 0) return Promise.resolve([]);
  return em.find(Township, { district: { $in: [...districtIds] } }, { orderBy: { code: 'asc' } });
}

/**
 * The township an institution of `districtId` is to sit in, by its 9-digit code:
 * BAD_USER_INPUT on `field` when there is no such township or it lies in another district.
 */
export async function requireTownshipOf(em: EntityManager, districtId: number, code: string, field: string): Promise<Township> {
  const township = await em.findOne(Township, { code });
  if (!township) throw new BadUserInputError(`未知的乡镇街道代码 ${code} / Unknown township ${code}`, { field });
  checkTownshipOf(township, districtId, field);
  return township;
}

export function checkTownshipOf(township: Pick<Township, 'code' | 'district'>, districtId: number, field: string): void {
  if (township.district.id !== districtId) {
    throw new BadUserInputError(`乡镇街道 ${township.code} 不属于该机构所在区县 / Township ${township.code} is not in the institution's district`, { field });
  }
}
