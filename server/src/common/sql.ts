import type { EntityManager } from '@mikro-orm/postgresql';

/** `?, ?, ?` for n bound values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Runs one SQL statement with bound values through the request's entity manager. */
export function query<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params);
}
