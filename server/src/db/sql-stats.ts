import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts the SQL statements run on behalf of one request (see EXPOSE_SQL_STATS). */
export interface SqlStats {
  statements: number;
}

export const sqlStatsStorage = new AsyncLocalStorage<SqlStats>();

export function countStatement(sql: string): string {
  const stats = sqlStatsStorage.getStore();
  if (stats) stats.statements += 1;
  return sql;
}
