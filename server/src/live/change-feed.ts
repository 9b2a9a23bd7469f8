import type { MikroORM } from '@mikro-orm/postgresql';
import { ChangeEvent } from './change-event.entity.js';
import type { ChangeFeedEvent, FieldChange } from './change-feed.types.js';

/** The fields a ticker mentions, per table, with their Chinese names. */
const WATCHED: Record<string, Record<string, string>> = {
  institution: { name: '名称', slots: '托位数', enrolled: '在托人数', inclusive: '普惠', filed_on: '备案日期', closed_on: '停办日期', demonstration_level: '示范级别' },
  indicator_value: { value: '数值' },
  target: { title: '标题', baseline: '基数', target_value: '目标值', deadline: '截止日期' },
  district: { population: '常住人口', children_under3: '3岁以下婴幼儿数', residents60plus: '60岁及以上人口' },
  city: { population: '常住人口', children_under3: '3岁以下婴幼儿数' },
};

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface Names {
  districts: Map<number, { code: string; name: string }>;
  indicators: Map<number, string>;
}

/** Turns stored change events into the ticker's readable form. */
export class ChangeFeedReader {
  private names: Names | undefined;

  constructor(private readonly orm: MikroORM) {}

  private async loadNames(refresh = false): Promise<Names> {
    if (this.names && !refresh) return this.names;
    const em = this.orm.em.fork();
    const [districts, indicators] = await Promise.all([
      em.getConnection().execute<{ id: number; code: string; name: string }[]>('select id, code, name from district'),
      em.getConnection().execute<{ id: number; name_zh: string }[]>('select id, name_zh from indicator_definition'),
    ]);
    this.names = {
      districts: new Map(districts.map((d) => [d.id, { code: d.code, name: d.name }])),
      indicators: new Map(indicators.map((i) => [i.id, i.name_zh])),
    };
    return this.names;
  }

  /** The sequence number of a city's newest event, or null when it has none. */
  async newestSeq(cityId: number): Promise<string | null> {
    const [row] = await this.orm.em.fork().getConnection().execute<{ seq: string | null }[]>('select max(id)::text as seq from change_event where city_id = ?', [cityId]);
    return row?.seq ?? null;
  }

  /** Events of a city after `afterSeq` (or the newest `limit` when none), oldest first. */
  async eventsOf(cityId: number, afterSeq: string | null, limit = 50): Promise<ChangeFeedEvent[]> {
    const em = this.orm.em.fork();
    const rows = afterSeq === null
      ? (await em.find(ChangeEvent, { cityId }, { orderBy: { id: 'desc' }, limit })).reverse()
      : await em.find(ChangeEvent, { cityId, id: { $gt: afterSeq } }, { orderBy: { id: 'asc' }, limit: 1000 });
    if (rows.some((r) => r.districtId !== null && !this.names?.districts.has(r.districtId))) await this.loadNames(true);
    const names = await this.loadNames();
    return rows.map((row) => this.describe(row, names));
  }

  private describe(row: ChangeEvent, names: Names): ChangeFeedEvent {
    const record = row.after ?? row.before ?? {};
    const watched = WATCHED[row.tableName] ?? {};
    const changes: FieldChange[] = Object.entries(watched).flatMap(([field, label]) => {
      const before = show(row.before?.[field]);
      const after = show(row.after?.[field]);
      return before === after ? [] : [{ field, label, before, after }];
    });
    const district = row.districtId === null ? undefined : names.districts.get(row.districtId);
    return {
      seq: row.id,
      at: row.at,
      kind: row.tableName.toUpperCase(),
      op: row.op,
      entityId: row.entityId,
      title: this.title(row.tableName, record, names, district?.name),
      districtCode: district?.code ?? null,
      districtName: district?.name ?? null,
      changes,
      actorRole: row.actor?.role ?? null,
    };
  }

  private title(table: string, record: Record<string, unknown>, names: Names, districtName: string | undefined): string {
    switch (table) {
      case 'institution':
        return String(record.name ?? '');
      case 'indicator_value':
        return `${names.indicators.get(Number(record.indicator_id)) ?? '指标'} ${String(record.period ?? '')}`;
      case 'target':
        return String(record.title ?? '');
      case 'district':
        return String(record.name ?? districtName ?? '');
      default:
        return String(record.name ?? '');
    }
  }
}
