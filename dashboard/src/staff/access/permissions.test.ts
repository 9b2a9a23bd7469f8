import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../graphql/types';
import { can, canEditDistrict, editableDistricts, navItems } from './permissions';

const user = (role: SessionUser['role'], districtCodes: string[] = [], cityCode: string | null = '421000') => ({ role, cityCode, districtCodes });
const labels = (u: Parameters<typeof navItems>[0]) => navItems(u).map((i) => i.label);

describe('role-aware navigation', () => {
  it('gives staff their institutions, figure entry and import, but no city administration', () => {
    expect(labels(user('STAFF', ['421002']))).toEqual(['navInstitutions', 'navNewInstitution', 'navIndicators', 'navImport', 'navAsOf', 'navExport']);
  });

  it('gives a city admin targets, users and screen tokens as well', () => {
    expect(labels(user('CITY_ADMIN'))).toEqual(['navInstitutions', 'navNewInstitution', 'navIndicators', 'navImport', 'navTargets', 'navUsers', 'navScreens', 'navAsOf', 'navExport']);
  });

  it('gives leaders and analysts the institutions to read and the analyst pages, nothing to change', () => {
    expect(labels(user('LEADER'))).toEqual(['navInstitutions', 'navAsOf', 'navExport']);
    expect(labels(user('ANALYST', [], null))).toEqual(['navInstitutions', 'navAsOf', 'navExport']);
    expect(can(user('ANALYST', [], null), 'import')).toBe(false);
  });
});

describe('who may edit which district', () => {
  it('lets staff edit only their own districts and a city admin every district of the city', () => {
    expect(canEditDistrict(user('STAFF', ['421002']), '421002')).toBe(true);
    expect(canEditDistrict(user('STAFF', ['421002']), '421003')).toBe(false);
    expect(canEditDistrict(user('CITY_ADMIN'), '421003')).toBe(true);
    expect(canEditDistrict(user('LEADER'), '421002')).toBe(false);
    expect(canEditDistrict(null, '421002')).toBe(false);
  });

  it('narrows a city’s districts to the editable ones', () => {
    const districts = [{ code: '421002' }, { code: '421003' }];
    expect(editableDistricts(user('STAFF', ['421003']), districts)).toEqual([{ code: '421003' }]);
    expect(editableDistricts(user('CITY_ADMIN'), districts)).toHaveLength(2);
  });
});
