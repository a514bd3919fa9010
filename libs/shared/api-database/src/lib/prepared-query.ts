import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A hot single read, planned once per connection: a named prepared statement. node-pg parses it the
 * first time a pooled connection runs it and afterwards only binds and executes; PostgreSQL moves to
 * a generic plan after a few runs, so the planner stops being paid on every call. For statements
 * outside a transaction whose text never changes (the name stands for the text on every connection).
 * The statement is logged like TypeORM's own, so the query counter of the tests sees it.
 */
export async function preparedQuery<T extends QueryResultRow>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  dataSource.logger.logQuery(text, values);
  return (await pool.query<T>({ name, text, values })).rows;
}
