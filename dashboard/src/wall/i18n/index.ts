import { fillPlaceholders, langFromSearch, type Lang } from '../../shared/i18n/lang';
import { en } from './en';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export type { Lang } from '../../shared/i18n/lang';
export type { MessageKey } from './zh-CN';

const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

/** The wall's language: what the address asks for (`?lang=en`), else Chinese. */
export function wallLang(search: string): Lang {
  return langFromSearch(search) ?? 'zh-CN';
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string> = {}): string {
  return fillPlaceholders(dictionaries[lang][key], params);
}
