// Serves the built app for the browser tests on a fresh database with demo data.
// With TEST_DATABASE_URL (set by `npm test`) it uses a new database `samverkan_e2e` on that server;
// without it the API starts its own embedded PostgreSQL in a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3100';
// E2E_DIST serves a snapshot of the builds (e.g. dist/snap-a) so a rebuild elsewhere cannot change the app mid-run.
const dist = process.env.E2E_DIST ?? 'dist';
const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://localhost:${port}`,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  // One process, as the journeys measure the app, not the cluster (E2E_WORKERS to try several).
  WORKERS: process.env.E2E_WORKERS ?? '1',
  JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  // The API renders the public pages with the server bundle beside it (apps/web/server), as in production.
  WEB_DIST: join(dist, 'apps/web/browser'),
};
delete env.DATABASE_URL;
let dataDir;
if (process.env.TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS samverkan_e2e WITH (FORCE)');
  await admin.query('CREATE DATABASE samverkan_e2e');
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = '/samverkan_e2e';
  env.DATABASE_URL = url.toString();
} else {
  dataDir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  env.DATA_DIR = dataDir;
  env.EMBEDDED_PG_PORT = process.env.E2E_PG_PORT ?? '54359';
}

const server = spawn(process.execPath, [join(dist, 'apps/api/main.js')], { env, stdio: 'inherit' });
const stop = (signal) => server.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
server.on('exit', (code) => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
