import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * node-pg's pool behind a TypeORM data source (its driver's `master`, not part of TypeORM's typed API):
 * for what TypeORM does not offer, named prepared statements, the pool's counts. Undefined before the
 * data source is initialised.
 */
export function pgPool(dataSource: DataSource): Pool | undefined {
  return (dataSource.driver as unknown as { master?: Pool }).master;
}
