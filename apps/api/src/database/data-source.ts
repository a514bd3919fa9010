import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '@samverkan/shared/api-database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * TypeORM options for the one PostgreSQL database. Schema changes only ever come from MIGRATIONS;
 * `synchronize` stays off (an integration test fails when entities and migrations drift apart).
 */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    // A request waits at most 10 s for a connection (bursts queue; a dead database fails within that),
    // and no statement runs longer than 15 s.
    extra: { max: 20, connectionTimeoutMillis: 10000, idleTimeoutMillis: 30000, statement_timeout: 15000 },
    ...overrides,
  } as DataSourceOptions;
}
