import type { Lang } from '../../wall/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/** HH:mm:ss of an instant in the city's time zone (formatters are made once, not per render). */
export function clockTime(at: Date | string | number, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  const key = `${lang}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(at));
}

/** YYYY-MM-DD of an instant in the city's time zone. */
export function calendarDate(at: Date, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}
