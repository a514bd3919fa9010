import type { QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { pgPool } from './pg-pool';

/**
 * A hot single read, planned once per connection: a named prepared statement. node-pg parses it the
 * first time a pooled connection runs it and afterwards only binds and executes; PostgreSQL moves to
 * a generic plan after a few runs, so the planner stops being paid on every call. For statements
 * outside a transaction whose text never changes (the name stands for the text on every connection).
 * The statement is logged like TypeORM's own, so the query counter of the tests sees it.
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = pgPool(dataSource);
  if (!pool) throw new Error('preparedQuery: the data source is not initialised');
  dataSource.logger.logQuery(text, values);
  return (await pool.query<T>({ name, text, values })).rows;
}
