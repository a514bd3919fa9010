import './node-version';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from './bootstrap';
import { forkWorkers, reportToPrimary, WORKER_DATABASE_URL } from './cluster';
import { runCli } from './cli';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seeds';

/** Without JWT_SECRET (demo mode only) a secret is made once and kept beside the embedded data. */
function localJwtSecret(config: AppConfig): string {
  const file = join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export async function openDatabase(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  return { url: embedded.url, embedded };
}

/**
 * Start-up work (migrations, seeds) one process at a time: TypeORM takes no lock of its own for
 * migrations, so two processes started together would both try to apply the same one. The lock is a
 * session advisory lock on a connection of its own, released as soon as this process is ready.
 */
async function oneAtATime<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('samverkan:start-up'))`);
    return await work();
  } finally {
    await client.end().catch(() => undefined); // ending the session releases the lock
  }
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Opens the database (starting the embedded one in demo mode), or exits with a message naming what to change. */
async function openDatabaseOrExit(config: AppConfig): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  try {
    return await openDatabase(config);
  } catch (error) {
    // embedded-postgres rejects with no reason when its server exits (a taken port, a folder in use).
    const reason = error instanceof Error ? `: ${error.message}` : '';
    console.error(
      `Samverkan could not start its embedded PostgreSQL on port ${config.embeddedPgPort} with its data in ${config.dataDir}${reason}. ` +
        'Another PostgreSQL or Samverkan may be using that port or folder: stop it, or set EMBEDDED_PG_PORT and DATA_DIR to others.',
    );
    process.exit(1);
  }
}

function banner(config: AppConfig, started: number, embedded: boolean, workers: number): string {
  const lines = [
    `Samverkan is running on ${config.publicUrl} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `  database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`,
    `  processes: ${workers === 1 ? 'one' : `${workers} workers sharing port ${config.port} (WORKERS)`}`,
    `  API docs: ${config.publicUrl}/api/docs`,
  ];
  if (config.seedDemo) {
    lines.push(`  demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(32)} ${user.roles.join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * The primary of several workers: opens the database once (in demo mode the embedded PostgreSQL runs
 * here, beside the workers), makes the demo JWT secret before any worker reads it, forks the workers
 * and stops them, then the database, on SIGINT or SIGTERM. The workers migrate and seed one at a time
 * (the start-up advisory lock) and share everything else through PostgreSQL (docs/scaling.md).
 */
async function runPrimary(config: AppConfig): Promise<void> {
  const started = Date.now();
  const { url, embedded } = await openDatabaseOrExit(config);
  if (!config.jwtSecret) localJwtSecret(config);
  let shuttingDown = false;
  const shutDown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await pool.stop();
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  const pool = forkWorkers(config.workers, { [WORKER_DATABASE_URL]: url }, (reason) => {
    console.error(`Samverkan stopped: ${reason}.`);
    void shutDown(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutDown(0));
  try {
    await pool.ready;
    console.log(banner(config, started, !!embedded, config.workers));
  } catch (error) {
    console.error('Samverkan could not start:', error instanceof Error ? error.message : error);
    await shutDown(1);
  }
}

/**
 * The API in this process: alone (WORKERS=1, its own database), or as a worker of the primary, which
 * opened the database and passes its address.
 */
async function runServer(config: AppConfig): Promise<void> {
  const started = Date.now();
  const given = cluster.isWorker ? process.env[WORKER_DATABASE_URL] : undefined;
  const { url, embedded } = given ? { url: given, embedded: undefined } : await openDatabaseOrExit(config);
  let stopping = false;
  const stopEmbedded = async () => {
    if (stopping || !embedded) return;
    stopping = true;
    await embedded.stop().catch(() => undefined);
  };
  try {
    const app = await oneAtATime(url, () => createApp({ config, databaseUrl: url, jwtSecret: config.jwtSecret ?? localJwtSecret(config) }));
    // Nest closes the app on SIGINT/SIGTERM (enableShutdownHooks); the database goes down after it.
    process.once('beforeExit', () => void stopEmbedded());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void app
          .close()
          .finally(stopEmbedded)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.port, config.host);
    // Idle keep-alive connections are closed by the client or the proxy in front (whose idle timeouts are
    // near 60 s), not by the server first: a request sent as the server closed one failed with ECONNRESET.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    if (cluster.isWorker) reportToPrimary({ type: 'ready' });
    else console.log(banner(config, started, !!embedded, 1));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (cluster.isWorker) reportToPrimary({ type: 'failed', reason });
    console.error('Samverkan could not start:', reason);
    await stopEmbedded();
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const [command, ...args] = process.argv.slice(2);
  if (command) {
    process.exitCode = await runCli(command, args, config);
    return;
  }
  if (cluster.isPrimary && config.workers > 1) await runPrimary(config);
  else await runServer(config);
}

void main();
