import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enumLabel, enumValues } from './enum-labels';
import { initialLang, pickLanguage, t } from './index';
import { zhCN } from './zh-CN';

describe('the staff pages’ i18n', () => {
  it('starts in Chinese unless the address or a remembered choice says English', () => {
    expect(initialLang('', null)).toBe('zh-CN');
    expect(initialLang('?lang=en', null)).toBe('en');
    expect(initialLang('', 'en')).toBe('en');
    expect(initialLang('?lang=zh-CN', 'en')).toBe('zh-CN');
    expect(initialLang('?city=421000&lang=fr', 'en')).toBe('en');
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    expect(t('zh-CN', 'saved', { version: 4 })).toBe('已保存（版本 4）');
    expect(t('en', 'saved')).toBe('Saved (version {version})');
  });

  it('has an English message for every Chinese one, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(holes(en[key]), key).toEqual(holes(zhCN[key]));
    }
  });

  it('picks the half of a bilingual API message in the page’s language', () => {
    const slots = '托位数须为 0 到 10000 之间的整数 / slots must be a whole number from 0 to 10000';
    expect(pickLanguage(slots, 'zh-CN')).toBe('托位数须为 0 到 10000 之间的整数');
    expect(pickLanguage(slots, 'en')).toBe('slots must be a whole number from 0 to 10000');
    // No space before the slash after a closing bracket; dates with slashes inside a half.
    expect(pickLanguage('开业日期不能晚于今天（2026-03-01）/ openedOn must not be in the future', 'en')).toBe('openedOn must not be in the future');
    const date = '备案日期须为日期，如 2024/3/1 或 2024年3月1日 / filedOn must be a date such as 2024/3/1';
    expect(pickLanguage(date, 'zh-CN')).toBe('备案日期须为日期，如 2024/3/1 或 2024年3月1日');
    expect(pickLanguage(date, 'en')).toBe('filedOn must be a date such as 2024/3/1');
  });

  it('returns a message that is not bilingual whole', () => {
    expect(pickLanguage('Failed to fetch', 'zh-CN')).toBe('Failed to fetch');
    expect(pickLanguage('and/or / something', 'en')).toBe('and/or / something');
  });

  it('labels the API’s enums in both languages and lists their values', () => {
    expect(enumLabel('zh-CN', 'Ownership', 'PUBLIC')).toBe('公办');
    expect(enumLabel('en', 'Role', 'CITY_ADMIN')).toBe('City admin');
    expect(enumLabel('zh-CN', 'Role', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(enumLabel('zh-CN', 'Role', null)).toBe('—');
    expect(enumValues('PilotLevel')).toEqual(['NONE', 'CITY', 'PROVINCIAL']);
  });
});
