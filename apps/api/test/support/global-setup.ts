import { join } from 'node:path';
// Jest's resolver does not serve globalSetup: map the workspace's path aliases here.
import { register } from 'tsconfig-paths';
import { readFileSync } from 'node:fs';
const rootDir = join(__dirname, '..', '..', '..', '..');
register({ baseUrl: rootDir, paths: JSON.parse(readFileSync(join(rootDir, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths });

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres';

declare global {
  var __SAMVERKAN_EMBEDDED__: { db: EmbeddedDatabase; dir: string } | undefined;
}

/**
 * One PostgreSQL for the whole run: `npm test` passes TEST_DATABASE_URL (its embedded server, or the
 * external one from DATABASE_URL); run alone, this starts an embedded server of its own. Either way the
 * tests get a fresh database `samverkan_it` with every migration applied. IT_PG_PORT and IT_DATABASE
 * override the embedded port and the database name (two runs side by side).
 */
export default async function globalSetup(): Promise<void> {
  // `nx run api:integration` asks Jest for a JSON report there, and Jest does not make the folder.
  mkdirSync(join(rootDir, 'dist', '.jest'), { recursive: true });
  let serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'samverkan-it-'));
    const db = await startEmbeddedPostgres({ dataDir: dir, port: Number(process.env['IT_PG_PORT'] ?? 54339), database: 'postgres' });
    globalThis.__SAMVERKAN_EMBEDDED__ = { db, dir };
    serverUrl = db.url;
  }
  const url = new URL(serverUrl);
  // IT_DATABASE lets two people run the suite side by side on one server.
  const database = process.env['IT_DATABASE'] ?? 'samverkan_it';
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();

  const dataSource = new DataSource(dataSourceOptions(url.toString(), { migrationsRun: false }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env['SAMVERKAN_IT_DATABASE_URL'] = url.toString();
}

export async function stopEmbedded(): Promise<void> {
  const embedded = globalThis.__SAMVERKAN_EMBEDDED__;
  if (!embedded) return;
  await embedded.db.stop();
  rmSync(embedded.dir, { recursive: true, force: true });
}
