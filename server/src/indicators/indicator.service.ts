import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseDate } from '../common/dates.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import type { Granularity, IndicatorCategory } from './indicator.enums.js';
import { requireScope } from '../geography/geography.service.js';
import { IndicatorDefinition } from './indicator.entity.js';
import { series, type SeriesPoint } from './figure.service.js';

export function listIndicators(em: EntityManager, category: IndicatorCategory | null): Promise<IndicatorDefinition[]> {
  return em.find(IndicatorDefinition, category ? { category } : {}, { orderBy: { category: 'desc', id: 'asc' } });
}

const MAX_SERIES_YEARS = 30;

export async function indicatorSeries(
  em: EntityManager,
  args: { key: string; scopeCode: string; from: string; to: string; granularity: Granularity },
  today: string,
): Promise<SeriesPoint[]> {
  const from = normaliseDate(args.from, 'from');
  const to = normaliseDate(args.to, 'to');
  if (from > to) throw new BadUserInputError('from 不能晚于 to / from must not be after to', { field: 'from' });
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_SERIES_YEARS) {
    throw new BadUserInputError(`时间跨度不超过 ${MAX_SERIES_YEARS} 年 / The range is limited to ${MAX_SERIES_YEARS} years`, { field: 'to' });
  }
  const definition = await em.findOne(IndicatorDefinition, { key: args.key });
  if (!definition) throw new NotFoundError('指标 / Indicator', args.key);
  const scope = await requireScope(em, args.scopeCode);
  return series(em, definition, scope, { from, to, granularity: args.granularity }, today);
}
