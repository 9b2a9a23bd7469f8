import { describe, expect, it } from 'vitest';
import { en } from './en';
import { t, wallLang } from './index';
import { zhCN } from './zh-CN';

describe('i18n', () => {
  it('speaks Chinese by default', () => {
    expect(wallLang('')).toBe('zh-CN');
    expect(t(wallLang('?city=421000'), 'title')).toBe('一老一小民生看板');
  });

  it('speaks English with ?lang=en', () => {
    expect(wallLang('?city=421000&lang=en')).toBe('en');
    expect(t('en', 'title')).toContain('CareBoard');
  });

  it('fills {placeholders} from the parameters', () => {
    expect(t('zh-CN', 'cityNotFound', { code: '421000' })).toBe('未找到城市 421000 的数据');
  });

  it('has an English message for every Chinese one, with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[key]), key).toEqual(holes(zhCN[key]));
    }
  });
});
