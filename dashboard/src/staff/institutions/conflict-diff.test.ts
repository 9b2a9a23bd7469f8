import { describe, expect, it } from 'vitest';
import { conflictRows, rebase } from './conflict-diff';
import { EDITABLE_FIELDS, type InstitutionValues } from './institution-form';

const BASE: InstitutionValues = {
  name: '荆州市托育中心',
  ownership: 'PUBLIC',
  inclusive: false,
  demonstrationLevel: 'NONE',
  pilotLevel: 'NONE',
  slots: 100,
  enrolled: 50,
  ageClasses: ['TODDLER'],
  address: '荆州区 1 号',
  openedOn: '2021-01-01',
};

describe('the conflict between my change and theirs', () => {
  const mine = { ...BASE, slots: 120, address: '荆州区 2 号' };
  const theirs = { ...BASE, slots: 110, inclusive: true };

  it('lists, field by field, only what either side changed', () => {
    const rows = conflictRows(EDITABLE_FIELDS, BASE, mine, theirs);
    expect(rows.map((r) => r.field)).toEqual(['inclusive', 'slots', 'address']);
  });

  it('marks a field both changed differently as differing, with all three values', () => {
    const slots = conflictRows(EDITABLE_FIELDS, BASE, mine, theirs).find((r) => r.field === 'slots');
    expect(slots).toEqual({ field: 'slots', base: 100, mine: 120, theirs: 110, iChanged: true, theyChanged: true, differs: true });
  });

  it('shows a field changed only by them as differing from mine', () => {
    const inclusive = conflictRows(EDITABLE_FIELDS, BASE, mine, theirs).find((r) => r.field === 'inclusive');
    expect(inclusive).toMatchObject({ iChanged: false, theyChanged: true, differs: true });
  });

  it('does not mark a field both set to the same value', () => {
    const rows = conflictRows(EDITABLE_FIELDS, BASE, { ...BASE, slots: 110 }, theirs);
    expect(rows.find((r) => r.field === 'slots')).toMatchObject({ differs: false });
  });

  it('reapplies my changes on top of theirs, keeping their other changes', () => {
    expect(rebase(EDITABLE_FIELDS, BASE, mine, theirs)).toEqual({ ...BASE, inclusive: true, slots: 120, address: '荆州区 2 号' });
  });

  it('changes nothing of theirs when I changed nothing', () => {
    expect(rebase(EDITABLE_FIELDS, BASE, BASE, theirs)).toEqual(theirs);
  });
});
