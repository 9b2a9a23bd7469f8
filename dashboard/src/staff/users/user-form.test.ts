import { describe, expect, it } from 'vitest';
import type { User } from '../graphql/types';
import { USER_ROLES, userDraft, userPatch } from './user-form';

const STAFF: User = {
  id: '3',
  username: 'staff.shashi',
  displayName: '沙市区卫健局工作人员',
  role: 'STAFF',
  cityCode: '421000',
  districtCodes: ['421002'],
  disabled: false,
  lastLoginAt: null,
  version: 2,
};

describe('the user form', () => {
  it('sends nothing when nothing changed, whatever the order of districts', () => {
    expect(userPatch(STAFF, userDraft(STAFF))).toEqual({});
    const two = { ...STAFF, districtCodes: ['421003', '421002'] };
    expect(userPatch(two, { ...userDraft(two), districtCodes: ['421002', '421003'] })).toEqual({});
  });

  it('sends a disabling, a new district list and a new password', () => {
    expect(userPatch(STAFF, { ...userDraft(STAFF), disabled: true, districtCodes: ['421002', '421003'], password: 'a-long-new-password' })).toEqual({
      disabled: true,
      districtCodes: ['421002', '421003'],
      password: 'a-long-new-password',
    });
  });

  it('drops the districts of an account that stops being staff', () => {
    expect(userPatch(STAFF, { ...userDraft(STAFF), role: 'LEADER' })).toEqual({ role: 'LEADER', districtCodes: [] });
  });

  it('never offers DISPLAY as a person’s role', () => {
    expect(USER_ROLES).not.toContain('DISPLAY');
  });
});
