import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import { enumLabel, enumValues, type EnumName } from '../i18n/enum-labels';
import { LangProvider } from '../i18n/LangContext';
import { fieldLabel, formatFieldValue } from './field-format';
import { AGE_CLASS_WORDS, DEMONSTRATION_WORDS, INSTITUTION_FIELDS, MAX_SLOTS, OWNERSHIP_WORDS, PILOT_WORDS, type InstitutionField, type Words } from './field-list';
import { draftOf, EDITABLE_FIELDS, formControls, type InstitutionValues } from './institution-form';
import { InstitutionFields } from './InstitutionFields';

// The staff pages take the institution's fields from the one list the server's seed, import and
// export read (server/src/childcare/institution.fields.ts). These tests compare the pages with
// the list field by field, so a field added to the list and not to the form, or a label or limit
// written into a page, fails here.

const LANGS: Lang[] = ['zh-CN', 'en'];

/** The list's label of a field, as a person reads it: the Chinese with its unit, the English label. */
function expectedLabel(field: InstitutionField, lang: Lang): string {
  if (lang === 'en') return field.enLabel;
  return field.unit ? `${field.zh}（${field.unit}）` : field.zh;
}

const BASE: InstitutionValues = {
  name: '沙市区阳光托育园',
  ownership: 'PRIVATE',
  inclusive: true,
  demonstrationLevel: 'NONE',
  pilotLevel: 'CITY',
  slots: 80,
  enrolled: 60,
  ageClasses: ['TODDLER'],
  address: '荆州市沙市区北京中路 1 号',
  openedOn: '2022-09-01',
};

/** InstitutionFields rendered to HTML in `lang` (the provider reads the language from the address). */
function renderForm(lang: Lang): string {
  (globalThis as { window?: unknown }).window = { location: { search: `?lang=${lang}` } };
  const form = createElement(InstitutionFields, { draft: draftOf(BASE), onChange: () => undefined, errors: {}, disabled: false });
  return renderToStaticMarkup(createElement(LangProvider, null, form));
}

describe('the institution form and the field list', () => {
  it('edits every field of the list but the district (chosen on creation), the township (not on the staff pages yet), filing and closing (their own actions)', () => {
    const notInForm = INSTITUTION_FIELDS.map((f) => f.key).filter((key) => !(EDITABLE_FIELDS as readonly string[]).includes(key));
    expect(notInForm).toEqual(['district', 'township', 'filedOn', 'closedOn']);
    expect(formControls('zh-CN').map((c) => c.key)).toEqual(EDITABLE_FIELDS);
  });

  it('labels each control with the list’s label, the unit after the Chinese', () => {
    for (const lang of LANGS) {
      for (const control of formControls(lang)) {
        const field = INSTITUTION_FIELDS.find((f) => f.key === control.key)!;
        expect(control.label, `${lang} ${control.key}`).toBe(expectedLabel(field, lang));
        expect(control.type).toBe(field.type);
      }
    }
    const zh = Object.fromEntries(formControls('zh-CN').map((c) => [c.key, c.label]));
    expect(zh.slots).toBe('托位数（个）');
    expect(zh.enrolled).toBe('在托人数（人）');
  });

  it('holds each control to the list’s limit, as the server does', () => {
    for (const control of formControls('zh-CN')) {
      const field: InstitutionField = INSTITUTION_FIELDS.find((f) => f.key === control.key)!;
      expect(control.maxLength, control.key).toBe(field.type === 'text' ? field.max : undefined);
      expect(control.max, control.key).toBe(field.type === 'number' ? field.max : undefined);
    }
    const limits = Object.fromEntries(formControls('zh-CN').map((c) => [c.key, c.maxLength ?? c.max]));
    expect(limits).toMatchObject({ name: 100, address: 200, slots: MAX_SLOTS });
  });

  it('renders those labels and limits, and hard-codes none', () => {
    for (const lang of LANGS) {
      const html = renderForm(lang);
      for (const control of formControls(lang)) {
        if (control.type === 'choices') expect(html).toContain(`<legend>${control.label}</legend>`);
        else expect(html).toContain(`<label for="${control.key}">${control.label}</label>`);
        const input = new RegExp(`<(input|select)[^>]*id="${control.key}"[^>]*>`).exec(html)?.[0] ?? '';
        if (control.maxLength !== undefined) expect(input, control.key).toContain(`maxLength="${control.maxLength}"`);
        if (control.max !== undefined) expect(input, control.key).toContain(`max="${control.max}"`);
      }
      const labels = [...html.matchAll(/<(?:label for="[^"]+"|legend)>([^<]*)</g)].map((m) => m[1]);
      expect(labels).toEqual(formControls(lang).map((c) => c.label));
    }
  });

  afterAll(() => {
    delete (globalThis as { window?: unknown }).window;
  });
});

describe('the choices’ labels and the field list’s words', () => {
  const WORDS: [EnumName, Words<string>][] = [
    ['Ownership', OWNERSHIP_WORDS],
    ['DemonstrationLevel', DEMONSTRATION_WORDS],
    ['PilotLevel', PILOT_WORDS],
    ['AgeClass', AGE_CLASS_WORDS],
  ];

  it('are the words the files use, in Chinese; English labels that read as English', () => {
    for (const [name, words] of WORDS) {
      expect(enumValues(name)).toEqual(Object.keys(words));
      for (const [value, word] of Object.entries(words)) {
        expect(enumLabel('zh-CN', name, value).startsWith(word.zh), `${name}.${value}`).toBe(true);
        expect(enumLabel('en', name, value).startsWith(word.enLabel), `${name}.${value}`).toBe(true);
        expect(word.enLabel).toMatch(/^[A-Z]/);
      }
    }
    expect(enumLabel('zh-CN', 'Ownership', 'EMPLOYER')).toBe('用人单位办');
    expect(enumLabel('en', 'Ownership', 'PUBLIC')).toBe('Public');
    expect(enumLabel('zh-CN', 'AgeClass', 'INFANT')).toBe('乳儿班（6-12个月）');
    expect(enumLabel('en', 'AgeClass', 'INFANT')).toBe('Infants (6-12 months)');
  });
});

describe('the audit trail’s and a conflict’s field names', () => {
  it('are the list’s labels, the district’s for districtId', () => {
    for (const lang of LANGS) {
      for (const field of INSTITUTION_FIELDS) expect(fieldLabel(lang, field.key)).toBe(expectedLabel(field, lang));
      expect(fieldLabel(lang, 'districtId')).toBe(expectedLabel(INSTITUTION_FIELDS.find((f) => f.key === 'district')!, lang));
    }
  });

  it('show counts with the list’s unit in Chinese', () => {
    expect(formatFieldValue('zh-CN', 'slots', 1280)).toBe('1,280 个');
    expect(formatFieldValue('zh-CN', 'enrolled', 96)).toBe('96 人');
    expect(formatFieldValue('en', 'slots', 1280)).toBe('1,280');
  });
});
