import { en } from './en';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export type { MessageKey } from './zh-CN';
export type Lang = 'zh-CN' | 'en';

const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

/** `?lang=en` picks English, `?lang=zh-CN` Chinese; otherwise null (no choice in the address). */
export function langFromSearch(search: string): Lang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'en' ? 'en' : lang === 'zh-CN' || lang === 'zh' ? 'zh-CN' : null;
}

/** The language to start in: the address, then the choice remembered, then Chinese. */
export function initialLang(search: string, remembered: string | null): Lang {
  return langFromSearch(search) ?? (remembered === 'en' ? 'en' : 'zh-CN');
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The API's messages are bilingual, "中文 / English" (sometimes "…）/ English"): the half
 * in `lang`. A message that is not bilingual is returned whole.
 */
export function pickLanguage(message: string, lang: Lang): string {
  // The first slash followed by a space: dates such as 2024/3/1 inside a half have none.
  const match = /\s?\/ /.exec(message);
  if (!match) return message;
  const zh = message.slice(0, match.index).trim();
  const english = message.slice(match.index + match[0].length).trim();
  if (!CJK.test(zh) || zh === '' || english === '') return message;
  return lang === 'en' ? english : zh;
}
