import { en } from './en';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export type { MessageKey } from './zh-CN';
export type Lang = 'zh-CN' | 'en';

const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

/** `?lang=en` picks English; anything else (or nothing) is Chinese. */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh-CN';
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
