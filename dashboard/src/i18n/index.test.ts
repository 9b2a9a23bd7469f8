import { describe, expect, it } from 'vitest';
import { langFromSearch, t } from './index';

describe('i18n', () => {
  it('speaks Chinese by default', () => {
    expect(langFromSearch('')).toBe('zh-CN');
    expect(t(langFromSearch('?city=421000'), 'title')).toBe('一老一小民生看板');
  });

  it('speaks English with ?lang=en', () => {
    expect(langFromSearch('?city=421000&lang=en')).toBe('en');
  });

  it('fills {placeholders} from the parameters', () => {
    expect(t('zh-CN', 'cityNotFound', { code: '421000' })).toBe('未找到城市 421000 的数据');
  });
});
