/** The two languages of every page: Chinese first, English beside it. */
export type Lang = 'zh-CN' | 'en';

/**
 * The language the address asks for (`?lang=`), or null when it names none: `en` (also
 * `en-US`, `EN`) is English, `zh` (also `zh-CN`, `zh-Hans`) Chinese. Anything else is no
 * choice at all, so each page falls back as it should: the wall to Chinese, the staff pages
 * to the choice remembered in the browser.
 */
export function langFromSearch(search: string): Lang | null {
  const primary = new URLSearchParams(search).get('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : primary === 'zh' ? 'zh-CN' : null;
}

/** `template` with its `{name}` placeholders filled from `params`; unknown ones stay visible. */
export function fillPlaceholders(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
