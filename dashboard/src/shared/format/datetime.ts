import { MISSING } from './number';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and options, made once: making one costs more than formatting. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "09:41:07" in the city's time zone, whatever zone the wall's computer is set to (the
 * clock, "数据截至", the ticker); dashes for a time it cannot read. The digits are the same
 * in Chinese and English.
 */
export function clockTime(at: Date | string | number, timeZone = 'Asia/Shanghai'): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '--:--:--';
  // h23: with hour12: false some locales write midnight as 24:00.
  const parts = formatter('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '--';
  return `${part('hour')}:${part('minute')}:${part('second')}`;
}

/** YYYY-MM-DD of an instant in the city's time zone. */
export function calendarDate(at: Date, timeZone = 'Asia/Shanghai'): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

/** "2026-03-01 14:05" in the browser's time zone (or `timeZone`), as Chinese offices write it; a dash for none. */
export function formatDateTime(iso: string | null | undefined, options: { timeZone?: string; seconds?: boolean } = {}): string {
  if (!iso) return MISSING;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING;
  const seconds = options.seconds ?? false;
  const parts = Object.fromEntries(
    formatter('zh-CN', {
      timeZone: options.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const time = `${parts.hour}:${parts.minute}${seconds ? `:${parts.second}` : ''}`;
  return `${parts.year}-${parts.month}-${parts.day} ${time}`;
}

/** Today in the browser's calendar, as the API's LocalDate (YYYY-MM-DD). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
