/**
 * A table's rows as they stood at an instant, rebuilt from the audit trail. Every API write
 * keeps full snapshots on both sides (see audit.service.ts), so for each row:
 *
 * - the latest entry at or before the instant: its `after` is the row's state then;
 * - else the first entry after the instant: its `before` is the state then (null for a row
 *   created later: it did not exist yet);
 * - else no entry at all: the row has not changed through the API since, so it is the
 *   current row (seeded rows, and rows changed only by plain SQL, which the trail cannot see).
 *
 * A row created after the instant (its created_at) did not exist yet, whatever its trail.
 *
 * The result is a subquery with the table's own column names, to use in place of the table.
 * It takes ONE bound value, the instant, at its start.
 */
export interface AsOfColumn {
  /** Column of the table, e.g. `district_id`. */
  column: string;
  /** Key of the audit snapshot, e.g. `districtId`. */
  key: string;
  /** PostgreSQL type to cast the snapshot's text to, e.g. `int`, `date`, `numeric`. */
  type: string;
}

export interface AsOfTable {
  table: string;
  entityType: string;
  columns: readonly AsOfColumn[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function rowsAsOf(spec: AsOfTable): string {
  for (const name of [spec.table, ...spec.columns.flatMap((c) => [c.column, c.type])]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${name}`);
  }
  if (!/^[A-Za-z]+$/.test(spec.entityType) || spec.columns.some((c) => !/^[A-Za-z]+$/.test(c.key))) throw new Error('bad audit key');
  const trail = `from audit_entry a where a.entity_type = '${spec.entityType}' and a.entity_id = t.id`;
  const columns = spec.columns
    .map((c) => `case when past.audited then (past.state->>'${c.key}')::${c.type} else t.${c.column} end as ${c.column}`)
    .join(',\n            ');
  return `(select t.id,
            ${columns}
       from ${spec.table} t
       cross join (select ?::timestamptz as at) as_of
       left join lateral (select true as found, a.after as state ${trail} and a.at <= as_of.at order by a.at desc, a.id desc limit 1) prior on true
       left join lateral (select true as found, a.before as state ${trail} and a.at > as_of.at order by a.at, a.id limit 1) later on true
       cross join lateral (select coalesce(prior.found, later.found, false) as audited,
                                  case when prior.found then prior.state else later.state end as state) past
      where t.created_at <= as_of.at and (not past.audited or past.state is not null))`;
}

/** Institutions as they stood: what the live counts are made of. */
export const INSTITUTIONS_AS_OF = rowsAsOf({
  table: 'institution',
  entityType: 'Institution',
  columns: [
    { column: 'district_id', key: 'districtId', type: 'int' },
    // Snapshots from before townships existed have none: such a row counts in no township then.
    { column: 'township_id', key: 'townshipId', type: 'int' },
    { column: 'slots', key: 'slots', type: 'int' },
    { column: 'enrolled', key: 'enrolled', type: 'int' },
    { column: 'inclusive', key: 'inclusive', type: 'boolean' },
    { column: 'filed_on', key: 'filedOn', type: 'date' },
    { column: 'pilot_level', key: 'pilotLevel', type: 'text' },
    { column: 'opened_on', key: 'openedOn', type: 'date' },
    { column: 'closed_on', key: 'closedOn', type: 'date' },
  ],
});

/** Recorded figures as they stood. */
export const INDICATOR_VALUES_AS_OF = rowsAsOf({
  table: 'indicator_value',
  entityType: 'IndicatorValue',
  columns: [
    { column: 'indicator_id', key: 'indicatorId', type: 'int' },
    { column: 'city_id', key: 'cityId', type: 'int' },
    { column: 'district_id', key: 'districtId', type: 'int' },
    { column: 'period', key: 'period', type: 'date' },
    { column: 'value', key: 'value', type: 'numeric' },
  ],
});

/** Targets as they stood (their figures; which city or district a target belongs to never changes). */
export const TARGETS_AS_OF = rowsAsOf({
  table: 'target',
  entityType: 'Target',
  columns: [
    { column: 'title', key: 'title', type: 'text' },
    { column: 'kind', key: 'kind', type: 'text' },
    { column: 'starts_on', key: 'startsOn', type: 'date' },
    { column: 'deadline', key: 'deadline', type: 'date' },
    { column: 'baseline', key: 'baseline', type: 'numeric' },
    { column: 'target_value', key: 'targetValue', type: 'numeric' },
  ],
});
