import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '../institutions/field-format';
import { auditChanges } from './audit-diff';

const SNAPSHOT = {
  name: '沙市区阳光托育园',
  districtId: 2,
  ownership: 'PRIVATE',
  inclusive: true,
  filedOn: null,
  demonstrationLevel: 'NONE',
  pilotLevel: 'NONE',
  slots: 80,
  enrolled: 60,
  ageClasses: ['TODDLER', 'PRESCHOOL'],
  address: '北京中路 1 号',
  openedOn: '2022-09-01',
  closedOn: null,
  version: 3,
};

describe('what an audit entry changed', () => {
  it('lists only the fields that moved, before and after, leaving the version out', () => {
    const after = { ...SNAPSHOT, slots: 95, enrolled: 70, version: 4 };
    expect(auditChanges(SNAPSHOT, after)).toEqual([
      { field: 'slots', before: 80, after: 95 },
      { field: 'enrolled', before: 60, after: 70 },
    ]);
  });

  it('shows a filing as the date it set', () => {
    expect(auditChanges(SNAPSHOT, { ...SNAPSHOT, filedOn: '2026-03-01', version: 4 })).toEqual([{ field: 'filedOn', before: null, after: '2026-03-01' }]);
  });

  it('lists the filled-in fields of a new record', () => {
    const changes = auditChanges(null, SNAPSHOT);
    expect(changes.map((c) => c.field)).not.toContain('filedOn');
    expect(changes.map((c) => c.field)).not.toContain('version');
    expect(changes.find((c) => c.field === 'slots')).toEqual({ field: 'slots', before: null, after: 80 });
  });

  it('does not count reordered age classes as a change', () => {
    expect(auditChanges(SNAPSHOT, { ...SNAPSHOT, ageClasses: ['PRESCHOOL', 'TODDLER'] })).toEqual([]);
  });
});

describe('a field’s value for a person', () => {
  it('uses labels, units and the official number style', () => {
    expect(formatFieldValue('zh-CN', 'slots', 1280)).toBe('1,280 个');
    expect(formatFieldValue('zh-CN', 'enrolled', 96)).toBe('96 人');
    expect(formatFieldValue('en', 'slots', 1280)).toBe('1,280');
    expect(formatFieldValue('zh-CN', 'ownership', 'PRIVATE')).toBe('民办');
    expect(formatFieldValue('zh-CN', 'ageClasses', ['TODDLER', 'PRESCHOOL'])).toBe('托小班（12-24个月）、托大班（24-36个月）');
    expect(formatFieldValue('en', 'inclusive', false)).toBe('No');
    expect(formatFieldValue('zh-CN', 'filedOn', null)).toBe('—');
    expect(formatFieldValue('zh-CN', 'districtId', 2, { districtName: (id) => (id === 2 ? '沙市区' : undefined) })).toBe('沙市区');
  });
});
