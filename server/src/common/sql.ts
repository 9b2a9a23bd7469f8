import type { EntityManager } from '@mikro-orm/postgresql';
import { countStatement } from '../db/sql-stats.js';

/** `?, ?, ?` for n bound values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (our statements have no other question marks). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/**
 * Runs one SQL statement with bound values. Inside a transaction it goes through the
 * entity manager (on the transaction's connection); otherwise straight to a pooled pg
 * connection with the values bound, not written into the text: the query builder's
 * formatting was a large part of a short request's cost, and PostgreSQL can reuse plans.
 */
export async function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  if (em.isInTransaction()) return em.getConnection().execute<T[]>(sql, params);
  const client = em.getKnex().client as { acquireConnection(): Promise<PgConnection>; releaseConnection(connection: PgConnection): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query(countStatement(numbered(sql)), params);
    return result.rows as T[];
  } catch (error) {
    // The same exception classes as through the entity manager (unique violations and so on).
    throw em.getDriver().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
