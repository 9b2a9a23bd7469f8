/** The ticker (最新动态): one readable line per change, and the bounded list the wall keeps. */
import { clockTime } from '../../../shared/format/datetime';
import { MISSING } from '../../../shared/format/number';
import type { TickerEvent } from '../../graphql/types';
import type { Lang } from '../../i18n';
import { inLang } from '../chart-base';

/** At most this many field changes per line; the rest are counted, so a line fits the ticker's width. */
const MAX_CHANGES_SHOWN = 3;

const ROLES: Record<string, [zh: string, en: string]> = {
  STAFF: ['工作人员', 'staff'],
  CITY_ADMIN: ['市级管理员', 'city administrator'],
  LEADER: ['领导', 'leader'],
  ANALYST: ['分析人员', 'analyst'],
  DISPLAY: ['大屏', 'display'],
};

/** Who made the change; null is a change made in the database directly, by the system. */
export function roleName(role: string | null, lang: Lang): string {
  if (role === null) return inLang(lang, '系统', 'system');
  const names = ROLES[role];
  return names ? inLang(lang, ...names) : role;
}

/** The server labels fields in Chinese only; English names for the fields the feed watches. */
const ENGLISH_FIELDS: Record<string, string> = {
  name: 'name',
  slots: 'slots',
  enrolled: 'enrolled',
  inclusive: 'inclusive',
  filed_on: 'filed on',
  closed_on: 'closed on',
  demonstration_level: 'demonstration level',
  value: 'value',
  title: 'title',
  baseline: 'baseline',
  target_value: 'target value',
  deadline: 'deadline',
  population: 'population',
  children_under3: 'children under 3',
  residents60plus: 'residents 60+',
};

const KINDS: Record<string, [zh: string, en: string]> = {
  INSTITUTION: ['托育机构', 'institution'],
  INDICATOR_VALUE: ['指标数据', 'indicator value'],
  TARGET: ['目标', 'target'],
  DISTRICT: ['区县', 'district'],
  CITY: ['城市', 'city'],
};

/** Values come as text; booleans ("true") read as words. */
function valueText(value: string | null, lang: Lang): string {
  if (value === null) return MISSING;
  if (value === 'true') return inLang(lang, '是', 'yes');
  if (value === 'false') return inLang(lang, '否', 'no');
  return value;
}

type Change = TickerEvent['changes'][number];

function changeText(change: Change, lang: Lang): string {
  const label = inLang(lang, change.label, ENGLISH_FIELDS[change.field] ?? change.label);
  const after = valueText(change.after, lang);
  return change.before === null ? `${label} ${after}` : `${label} ${valueText(change.before, lang)}→${after}`;
}

function changesText(event: TickerEvent, lang: Lang): string {
  // A new record's name is already the line's title.
  const changes = event.changes.filter((c) => !(c.before === null && c.after === event.title));
  const shown = changes.slice(0, MAX_CHANGES_SHOWN).map((c) => changeText(c, lang));
  const rest = changes.length - shown.length;
  const text = shown.join(inLang(lang, '，', ', '));
  if (rest <= 0) return text;
  return inLang(lang, `${text} 等${changes.length}项`, `${text} and ${rest} more`);
}

function opPrefix(op: string, lang: Lang): string {
  if (op === 'INSERT') return inLang(lang, '新增 ', 'New: ');
  if (op === 'DELETE') return inLang(lang, '删除 ', 'Removed: ');
  return '';
}

/** "09:41:07 沙市区 · 沙市区童乐托育中心 托位数 120→145（工作人员）". */
export function tickerLine(event: TickerEvent, lang: Lang, timeZone = 'Asia/Shanghai'): string {
  const kind = KINDS[event.kind];
  const title = event.title || (kind ? inLang(lang, ...kind) : event.kind);
  const place = event.districtName ? `${event.districtName} · ` : '';
  const changes = changesText(event, lang);
  const what = `${opPrefix(event.op, lang)}${title}${changes ? ` ${changes}` : ''}`;
  const who = roleName(event.actorRole, lang);
  return `${clockTime(event.at, timeZone)} ${place}${what}${inLang(lang, `（${who}）`, ` (${who})`)}`;
}

/** Sequence numbers are increasing decimal ids, possibly beyond 2^53: compare as digit strings. */
function newerFirst(a: TickerEvent, b: TickerEvent): number {
  if (a.seq.length !== b.seq.length) return b.seq.length - a.seq.length;
  return a.seq < b.seq ? 1 : a.seq > b.seq ? -1 : 0;
}

/**
 * The ticker list with `incoming` added: newest first, each seq once, at most `max` long, so
 * a screen that runs for weeks holds a bounded list. A repeat returns `current` itself, so a
 * React state update with it re-renders nothing.
 */
export function mergeTicker(current: TickerEvent[], incoming: TickerEvent, max = 30): TickerEvent[] {
  const limit = Math.max(0, max);
  if (current.some((e) => e.seq === incoming.seq)) {
    return current.length <= limit ? current : current.slice(0, limit);
  }
  return [incoming, ...current].sort(newerFirst).slice(0, limit);
}
