import { fillPlaceholders, langFromSearch, type Lang } from '../../shared/i18n/lang';
import { en } from './en';
import { type MessageKey, type Messages, zhCN } from './zh-CN';

export type { Lang } from '../../shared/i18n/lang';
export type { MessageKey } from './zh-CN';

const dictionaries: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

/** The language to start in: the address, then the choice remembered, then Chinese. */
export function initialLang(search: string, remembered: string | null): Lang {
  return langFromSearch(search) ?? (remembered === 'en' ? 'en' : 'zh-CN');
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(dictionaries[lang][key], params);
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
