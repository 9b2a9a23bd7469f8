import { describe, expect, it } from 'vitest';
import { Role } from './role.enums.js';
import { authorize, canEdit, canManageCity, canReadAudit, canReadCity, readableCities } from './policy.js';
import type { Viewer } from './viewer.js';

const JINGZHOU = 1;
const LIANYUNGANG = 2;
const SHASHI = 10;
const JINGZHOU_DISTRICT = 11;

function viewer(role: Role, overrides: Partial<Viewer> = {}): Viewer {
  return { kind: 'USER', id: 1, name: 'test', role, cityId: JINGZHOU, districtIds: [], ...overrides };
}

describe('policy', () => {
  it('lets staff edit only the districts they are assigned', () => {
    const staff = viewer(Role.STAFF, { districtIds: [SHASHI] });
    expect(canEdit(staff, { cityId: JINGZHOU, districtId: SHASHI })).toBe(true);
    expect(canEdit(staff, { cityId: JINGZHOU, districtId: JINGZHOU_DISTRICT })).toBe(false);
    expect(canEdit(staff, { cityId: JINGZHOU, districtId: null })).toBe(false);
  });

  it('lets a city admin edit anywhere in their own city and nowhere else', () => {
    const admin = viewer(Role.CITY_ADMIN);
    expect(canEdit(admin, { cityId: JINGZHOU, districtId: JINGZHOU_DISTRICT })).toBe(true);
    expect(canEdit(admin, { cityId: JINGZHOU })).toBe(true);
    expect(canEdit(admin, { cityId: LIANYUNGANG, districtId: 20 })).toBe(false);
    expect(canManageCity(admin, LIANYUNGANG)).toBe(false);
  });

  it('never lets leaders, analysts, screens or anonymous callers edit', () => {
    for (const v of [viewer(Role.LEADER), viewer(Role.ANALYST, { cityId: null }), viewer(Role.DISPLAY, { kind: 'DISPLAY' }), null]) {
      expect(canEdit(v, { cityId: JINGZHOU, districtId: SHASHI })).toBe(false);
      expect(canManageCity(v, JINGZHOU)).toBe(false);
    }
  });

  it('keeps leaders, staff and screens to their own city, and lets an analyst read every city', () => {
    expect(canReadCity(viewer(Role.LEADER), LIANYUNGANG)).toBe(false);
    expect(canReadCity(viewer(Role.DISPLAY, { kind: 'DISPLAY' }), JINGZHOU)).toBe(true);
    expect(canReadCity(viewer(Role.ANALYST, { cityId: null }), LIANYUNGANG)).toBe(true);
    expect(canReadCity(null, JINGZHOU)).toBe(false);
  });

  it('lets an account without a city read every city only when it is an analyst', () => {
    expect(readableCities(viewer(Role.ANALYST, { cityId: null }))).toBe('ALL');
    expect(readableCities(viewer(Role.ANALYST))).toBe(JINGZHOU);
    expect(readableCities(viewer(Role.STAFF))).toBe(JINGZHOU);
    expect(readableCities(viewer(Role.LEADER, { cityId: null }))).toBe('NONE');
    expect(canReadCity(viewer(Role.LEADER, { cityId: null }), JINGZHOU)).toBe(false);
  });

  it('shows the audit trail to analysts and to the admin of the city only', () => {
    expect(canReadAudit(viewer(Role.ANALYST, { cityId: null }), JINGZHOU)).toBe(true);
    expect(canReadAudit(viewer(Role.CITY_ADMIN), JINGZHOU)).toBe(true);
    expect(canReadAudit(viewer(Role.CITY_ADMIN), LIANYUNGANG)).toBe(false);
    expect(canReadAudit(viewer(Role.LEADER), JINGZHOU)).toBe(false);
    expect(canReadAudit(viewer(Role.STAFF), JINGZHOU)).toBe(false);
  });

  it('answers UNAUTHENTICATED without a viewer and FORBIDDEN for a refused one', () => {
    expect(() => authorize(null, true)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => authorize(viewer(Role.LEADER), false)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});
