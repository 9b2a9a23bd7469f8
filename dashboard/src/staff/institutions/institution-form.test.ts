import { describe, expect, it } from 'vitest';
import { buildPatch, draftOf, readDraft, sameValue, valuesOfSnapshot, type InstitutionValues } from './institution-form';

const BASE: InstitutionValues = {
  name: '沙市区阳光托育园',
  ownership: 'PRIVATE',
  inclusive: true,
  demonstrationLevel: 'NONE',
  pilotLevel: 'NONE',
  slots: 80,
  enrolled: 60,
  ageClasses: ['TODDLER', 'PRESCHOOL'],
  address: '荆州市沙市区北京中路 1 号',
  openedOn: '2022-09-01',
};

describe('the institution form', () => {
  it('patches only the fields that changed', () => {
    const { values } = readDraft({ ...draftOf(BASE), slots: '95', address: '  荆州市沙市区北京中路 1 号 ' });
    expect(buildPatch(BASE, values)).toEqual({ slots: 95 });
  });

  it('sends a negative slot count as typed, for the API to judge', () => {
    const { values, problems } = readDraft({ ...draftOf(BASE), slots: '-5' });
    expect(problems).toEqual({});
    expect(buildPatch(BASE, values)).toEqual({ slots: -5 });
  });

  it('does not send an empty or fractional count', () => {
    expect(readDraft({ ...draftOf(BASE), slots: '', enrolled: '3.5' }).problems).toEqual({ slots: 'required', enrolled: 'wholeNumber' });
    expect(readDraft({ ...draftOf(BASE), name: '  ' }).problems).toEqual({ name: 'required' });
  });

  it('treats age classes as a set', () => {
    expect(sameValue(['TODDLER', 'PRESCHOOL'], ['PRESCHOOL', 'TODDLER'])).toBe(true);
    expect(buildPatch(BASE, { ...BASE, ageClasses: ['PRESCHOOL', 'TODDLER'] })).toEqual({});
    expect(buildPatch(BASE, { ...BASE, ageClasses: ['INFANT'] })).toEqual({ ageClasses: ['INFANT'] });
  });

  it('reads the editable state out of a CONFLICT’s snapshot', () => {
    const current = { ...BASE, slots: 90, districtId: 2, filedOn: null, closedOn: null, version: 5 };
    expect(valuesOfSnapshot(current)).toEqual({ ...BASE, slots: 90 });
  });
});
