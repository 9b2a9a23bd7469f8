import { describe, expect, it } from 'vitest';
import { fillPlaceholders, langFromSearch } from './lang';

describe('langFromSearch', () => {
  it('reads English from ?lang=en, whatever the case or region', () => {
    expect(langFromSearch('?lang=en')).toBe('en');
    expect(langFromSearch('?city=421000&lang=EN')).toBe('en');
    expect(langFromSearch('?lang=en-US')).toBe('en');
  });

  it('reads Chinese from ?lang=zh-CN, ?lang=zh and ?lang=zh-Hans', () => {
    expect(langFromSearch('?lang=zh-CN')).toBe('zh-CN');
    expect(langFromSearch('?lang=zh')).toBe('zh-CN');
    expect(langFromSearch('?lang=zh_Hans')).toBe('zh-CN');
  });

  it('returns null when the address names no language or one the pages do not speak', () => {
    expect(langFromSearch('')).toBeNull();
    expect(langFromSearch('?city=421000')).toBeNull();
    expect(langFromSearch('?lang=')).toBeNull();
    expect(langFromSearch('?lang=fr')).toBeNull();
    expect(langFromSearch('?lang=english')).toBeNull();
  });
});

describe('fillPlaceholders', () => {
  it('fills every {placeholder} named in the parameters, numbers included', () => {
    expect(fillPlaceholders('已保存（版本 {version}）于 {time}', { version: 4, time: '14:05' })).toBe('已保存（版本 4）于 14:05');
  });

  it('leaves a placeholder without a parameter visible, also one named like an object property', () => {
    expect(fillPlaceholders('{code} {toString}', {})).toBe('{code} {toString}');
  });
});
